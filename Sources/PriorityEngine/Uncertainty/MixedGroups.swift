/// The rating keys of one gap whose cells mix plain numbers and three-point estimates, under the default
/// aggregation (median of per-country medians, no de-biasing), split by country: a country whose cells are all plain
/// numbers ("plain country") is aggregated lane-parallel like a plain key (`LaneMedians.plainCountries`); a country
/// with a three-point cell ("drawn country") is drawn and aggregated per run, in rater order, so each run's random
/// stream is consumed exactly as by the general path. A key qualifies when its plain values are whole numbers
/// 0…9 in a workshop of at most 255 voters; `present[k]` says whether key k is held here.
final class MixedGroups: Sendable {
    /// Plain countries of the held keys: raters sorted by value and their levels (value + 1); country c holds
    /// entries `plainEnds[c − 1]..<plainEnds[c]`; key k holds countries `plainKeyEnds[k − 1]..<plainKeyEnds[k]`.
    let plainRaters: [Int], plainLevels: [UInt8], plainEnds: [Int], plainKeyEnds: [Int]
    /// Drawn countries, the same way, entries in rater order.
    let drawnRaters: [Int], drawnCells: [ThreePoint], drawnEnds: [Int], drawnKeyEnds: [Int]
    let present: [Bool]

    /// - Parameters:
    ///   - ratings: per key, the (voter, cell) entries sorted by (country, voter).
    ///   - country: the country number of a voter.
    ///   - eligible: the default aggregation applies and the workshop has at most 255 voters.
    init(ratings: [[(rater: Int, cell: ThreePoint)]], country: (Int) -> Int32, eligible: Bool) {
        var plainRaters: [Int] = [], plainLevels: [UInt8] = [], plainEnds: [Int] = [], plainKeyEnds: [Int] = []
        var drawnRaters: [Int] = [], drawnCells: [ThreePoint] = [], drawnEnds: [Int] = [], drawnKeyEnds: [Int] = []
        var present: [Bool] = []
        for entries in ratings {
            let mixed = entries.contains { !$0.cell.isPoint }
            let wholeValues = entries.allSatisfy { e in
                !e.cell.isPoint || (e.cell.mostLikely == e.cell.mostLikely.rounded() && e.cell.mostLikely >= 0 && e.cell.mostLikely <= 9)
            }
            let held = eligible && mixed && wholeValues
            present.append(held)
            if held {
                var start = 0
                while start < entries.count {
                    var end = start + 1
                    while end < entries.count, country(entries[end].rater) == country(entries[start].rater) { end += 1 }
                    let group = entries[start..<end]
                    if group.contains(where: { !$0.cell.isPoint }) {
                        drawnRaters += group.map(\.rater)
                        drawnCells += group.map(\.cell)
                        drawnEnds.append(drawnRaters.count)
                    } else {
                        let sorted = group.sorted { ($0.cell.mostLikely, $0.rater) < ($1.cell.mostLikely, $1.rater) }
                        plainRaters += sorted.map(\.rater)
                        plainLevels += sorted.map { UInt8($0.cell.mostLikely + 1) }
                        plainEnds.append(plainRaters.count)
                    }
                    start = end
                }
            }
            plainKeyEnds.append(plainEnds.count)
            drawnKeyEnds.append(drawnEnds.count)
        }
        self.plainRaters = plainRaters; self.plainLevels = plainLevels; self.plainEnds = plainEnds; self.plainKeyEnds = plainKeyEnds
        self.drawnRaters = drawnRaters; self.drawnCells = drawnCells; self.drawnEnds = drawnEnds; self.drawnKeyEnds = drawnKeyEnds
        self.present = present
    }

    /// The plain countries of key `k`, and the drawn ones.
    func plainCountries(_ k: Int) -> Range<Int> { (k == 0 ? 0 : plainKeyEnds[k - 1])..<plainKeyEnds[k] }
    func drawnCountries(_ k: Int) -> Range<Int> { (k == 0 ? 0 : drawnKeyEnds[k - 1])..<drawnKeyEnds[k] }
}
