/// The default model of docs/file-formats.md "Model", the source of every default a model file leaves out.
/// `models/ilead-default.json` holds the same text (a test keeps the two equal).
enum DefaultModel {
    static let json = #"""
{
  "schemaVersion": "1.0",
  "kind": "model",
  "id": "ilead-default",
  "version": "1.0.0",
  "preset": "deployment",
  "rootAggregation": "weightedSum",
  "hierarchy": {
    "id": "root",
    "children": [
      { "id": "gapSeverity", "children": [
        { "id": "operationalImpact", "source": "rating", "ratingKey": "operationalImpact", "scale": "likert5", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [1, 5] } },
        { "id": "publicSafetyImpact", "source": "rating", "ratingKey": "publicSafetyImpact", "scale": "likert5", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [1, 5] } },
        { "id": "urgency", "source": "rating", "ratingKey": "urgency", "scale": "likert5", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [1, 5] } },
        { "id": "frequency", "source": "rating", "ratingKey": "frequency", "scale": "likert5", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [1, 5] } },
        { "id": "breadthMS", "source": "derived", "derivation": "breadthMS", "scale": "likert5", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [1, 5] } },
        { "id": "capabilityShortfall", "source": "derived", "derivation": "capabilityShortfall", "scale": "range04", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [0, 4] } },
        { "id": "breadthPG", "source": "derived", "derivation": "breadthPG", "scale": "likert5", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [1, 5] } }
      ] },
      { "id": "technologyOpportunity", "children": [
        { "id": "trl", "source": "derived", "derivation": "bestSolution.trl", "scale": "trl9", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [1, 9] } },
        { "id": "coverage", "source": "derived", "derivation": "bestSolution.coveragePct", "scale": "pct", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [0, 100] } },
        { "id": "adoptionReadiness", "source": "derived", "derivation": "bestSolution.lar", "scale": "likert5", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [1, 5] } },
        { "id": "affordability", "source": "derived", "derivation": "bestSolution.affordability", "scale": "unit", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [0, 1] } },
        { "id": "supplierCompetition", "source": "derived", "derivation": "bestSolution.supplierCompetition", "scale": "unit", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [0, 1] } }
      ] },
      { "id": "standardisationPotential", "children": [
        { "id": "interoperabilityNeed", "source": "rating", "ratingKey": "interoperabilityNeed", "scale": "likert5", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [1, 5] } },
        { "id": "fragmentation", "source": "rating", "ratingKey": "fragmentation", "scale": "likert5", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [1, 5] } },
        { "id": "standardsGap", "source": "derived", "derivation": "standardsGap", "scale": "likert5", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [1, 5] } },
        { "id": "evidentialNeed", "source": "rating", "ratingKey": "evidentialNeed", "scale": "likert5", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [1, 5] } },
        { "id": "breadthLEAs", "source": "derived", "derivation": "breadthMS", "scale": "likert5", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [1, 5] } },
        { "id": "maturityFit", "source": "derived", "derivation": "maturityFit", "scale": "trl9", "direction": "benefit",
          "valueFunction": { "type": "piecewise", "points": [[1, 0.2], [3, 0.2], [4, 0.6], [5, 0.6], [6, 1.0], [9, 1.0]] } }
      ] },
      { "id": "procurementActionability", "source": "derived", "derivation": "routeSuitability", "scale": "unit", "direction": "benefit", "valueFunction": { "type": "linear", "domain": [0, 1] } }
    ]
  },
  "weights": {
    "mode": "fixed",
    "fixed": {
      "root": { "gapSeverity": 0.45, "technologyOpportunity": 0.20, "standardisationPotential": 0.15, "procurementActionability": 0.20 },
      "gapSeverity": { "operationalImpact": 0.25, "publicSafetyImpact": 0.20, "urgency": 0.15, "frequency": 0.10, "breadthMS": 0.15, "capabilityShortfall": 0.15, "breadthPG": 0.0 },
      "technologyOpportunity": { "trl": 0.35, "coverage": 0.25, "adoptionReadiness": 0.25, "affordability": 0.10, "supplierCompetition": 0.05 },
      "standardisationPotential": { "interoperabilityNeed": 0.25, "fragmentation": 0.15, "standardsGap": 0.20, "evidentialNeed": 0.20, "breadthLEAs": 0.10, "maturityFit": 0.10 }
    },
    "ahp": { "derivation": "eigenvector", "aggregation": "AIJ_GEOMEAN", "consistencyThreshold": 0.10, "onInconsistent": "exclude", "minAcceptedParticipants": 3, "countryBalanced": true }
  },
  "ratingAggregation": {
    "statistic": "median", "participantWeighting": "perCountryEqual", "debias": "none", "threePoint": "pert", "minRaters": 3,
    "consensus": { "highMaxIQR": 1.0, "highMinShareWithinOne": 0.70, "lowMinIQR": 2.0, "lowBelowShareWithinOne": 0.50 }
  },
  "derived": {
    "breadthThresholds": [1, 2, 4, 8, 14], "countAssociated": false, "associatedCountries": ["IS", "LI", "NO", "CH"],
    "breadthIncludesLowBaseline": false, "minCoverageLink": 30,
    "supplierCompetitionTable": [[0, 0.0], [1, 0.4], [2, 0.6], [3, 0.8], [5, 1.0]]
  },
  "procurementRules": {
    "needClarityMin": 3, "trlResearchMax": 3, "trlPcpMin": 4, "trlPcpMax": 7, "trlPpiMin": 8, "trlIntegrationMin": 7,
    "minCoverageRoute": 60, "coverageStandardMin": 80, "minSuppliersStandard": 3, "maxSuppliersPpi": 2,
    "minCompetingApproachesPcp": 2, "minProcurersJoint": 2, "minMsJoint": 2,
    "pcpMinBudgetEUR": 1500000, "ppiMinVolumeEUR": 1000000, "suitabilityDisagreeMargin": 0.15,
    "jointMinBreadthScore": 4, "highRiskMaxDataProtection": 2, "cwaInParallelMinStandardsGap": 4,
    "aiActProhibitionsFrom": "2025-02-02"
  },
  "standardisationRules": { "noActionBelow": 0.40, "promoteUptakeMaxGap": 2, "forensicMinEvidential": 4, "cwaMaxTrl": 5, "interopMin": 4 },
  "bands": { "gapSeverity": [0.25, 0.50, 0.75], "priority": [0.50, 0.70] },
  "sensitivity": { "runs": 1000, "seed": 20170901, "weightConcentration": 100, "topK": 5, "oatDelta": 0.20 }
}
"""#
}
