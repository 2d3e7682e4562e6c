/// Small descriptive statistics shared by the weighting methods.
enum Statistics {
    /// Arithmetic mean.
    static func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }

    /// Sample standard deviation (denominator `n − 1`, numpy's `ddof=1`).
    static func sampleStandardDeviation(_ x: [Double]) -> Double {
        let mu = mean(x)
        return (x.reduce(0) { $0 + ($1 - mu) * ($1 - mu) } / Double(x.count - 1)).squareRoot()
    }

    /// Pearson correlation; `nil` when either column is constant (the coefficient is undefined).
    static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        let mx = mean(x), my = mean(y)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in x.indices {
            sxy += (x[i] - mx) * (y[i] - my)
            sxx += (x[i] - mx) * (x[i] - mx)
            syy += (y[i] - my) * (y[i] - my)
        }
        guard sxx > 0, syy > 0 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }
}
