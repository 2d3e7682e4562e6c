/// Orders the scores of one sample from best to worst, fast enough to run once per Monte-Carlo sample.
///
/// First choice, a bucket sort: the scores are mapped linearly onto m to 2m buckets between their minimum and
/// maximum (a monotone map), placed by one counting pass, and one insertion pass on the exact doubles finishes the order. When a bucket would hold more than 32 scores (a very uneven spread), the sample falls back to
/// an LSD radix sort on order-preserving 32-bit keys of the scores (as `Float`) packed with the index into one
/// 64-bit word, in three passes of 11, 11 and 10 bits (a pass whose digit is the same for every key is skipped);
/// the passes are stable, so equal keys keep index order. Runs of equal 32-bit keys are then re-sorted on the
/// exact `Double` values (insertion sort, stable), so the result equals a stable sort on the doubles: the best
/// score first, exact ties in index order.
struct RankOrder {
    let count: Int
    private var words: [UInt64], words2: [UInt64]
    private var histogram: [Int32]
    private var buckets: [Int32], bucketOf: [Int32], values: [Double]
    private let bucketCount: Int

    init(count m: Int) {
        count = m
        words = Array(repeating: 0, count: m); words2 = words
        histogram = Array(repeating: 0, count: 3 * 2048)
        var b = 16
        while b < 2 * m { b *= 2 }
        bucketCount = b
        buckets = Array(repeating: 0, count: b + 1)
        bucketOf = Array(repeating: 0, count: m)
        values = Array(repeating: 0, count: m)
    }

    /// Writes into `order` the alternative indices from best to worst. `descending`: higher scores are better.
    mutating func sort(_ scores: UnsafePointer<Double>, descending: Bool, into order: UnsafeMutablePointer<Int32>) {
        if !bucketSort(scores, descending: descending, into: order) { radixSort(scores, descending: descending, into: order) }
    }

    /// The bucket sort; `false` when a bucket would be too full (then nothing useful was written).
    private mutating func bucketSort(_ scores: UnsafePointer<Double>, descending: Bool, into order: UnsafeMutablePointer<Int32>) -> Bool {
        let m = count, nb = bucketCount
        return values.withUnsafeMutableBufferPointer { vb in
        buckets.withUnsafeMutableBufferPointer { bp in
        bucketOf.withUnsafeMutableBufferPointer { kb in
            // Ascending sort of v = ±score (the sign makes "best first" ascending); ternaries instead of min/max
            // and a plain truncating conversion keep these loops branch-light.
            let v = vb.baseAddress!, b = bp.baseAddress!, key = kb.baseAddress!
            let sign = descending ? -1.0 : 1.0
            var lo = Double.infinity, hi = -Double.infinity
            for i in 0..<m {
                let x = sign * scores[i]
                v[i] = x
                lo = x < lo ? x : lo
                hi = x > hi ? x : hi
            }
            let range = hi - lo
            let scale = range > 0 ? (Double(nb) - 0.5) / range : 0
            b.update(repeating: 0, count: nb + 1)
            for i in 0..<m {
                let k = Int((v[i] - lo) * scale)                           // in [0, nb): finite, non-negative
                key[i] = Int32(truncatingIfNeeded: k)
                b[k &+ 1] &+= 1
            }
            var largest: Int32 = 0, total: Int32 = 0
            for k in 0..<nb {
                let c = b[k &+ 1]
                largest = c > largest ? c : largest
                total &+= c
                b[k &+ 1] = total
            }
            if largest > 32 { return false }
            for i in 0..<m {
                let k = Int(key[i])
                let p = b[k]
                b[k] = p &+ 1
                order[Int(p)] = Int32(truncatingIfNeeded: i)
            }
            // Buckets are disjoint value ranges in order, so one insertion pass on the exact values finishes the
            // sort; it is linear when buckets hold one score each, and stable.
            var previous = v[Int(order[0])]
            for x in 1..<m {
                let idx = order[x], current = v[Int(idx)]
                if current < previous {
                    var y = x - 1
                    while y >= 0, v[Int(order[y])] > current {
                        order[y &+ 1] = order[y]
                        y -= 1
                    }
                    order[y &+ 1] = idx
                } else {
                    previous = current
                }
            }
            return true
        } } }
    }

    /// The radix sort of the type's documentation.
    private mutating func radixSort(_ scores: UnsafePointer<Double>, descending: Bool, into order: UnsafeMutablePointer<Int32>) {
        let m = count
        words.withUnsafeMutableBufferPointer { a in
        words2.withUnsafeMutableBufferPointer { a2 in
        histogram.withUnsafeMutableBufferPointer { h in
            for i in 0..<(3 * 2048) { h[i] = 0 }
            for i in 0..<m {
                let u = Float(scores[i]).bitPattern
                var key = (u & 0x8000_0000) != 0 ? ~u : u | 0x8000_0000   // ascending order of the float
                if descending { key = ~key }
                a[i] = UInt64(key) << 32 | UInt64(i)
                h[Int(key & 0x7FF)] += 1
                h[2048 + Int((key >> 11) & 0x7FF)] += 1
                h[4096 + Int(key >> 22)] += 1
            }
            var src = a.baseAddress!, dst = a2.baseAddress!
            for pass in 0..<3 {
                let shift = UInt64(32 + pass * 11)
                let mask: UInt64 = pass == 2 ? 0x3FF : 0x7FF
                let hp = h.baseAddress! + pass * 2048
                if hp[Int((src[0] >> shift) & mask)] == Int32(m) { continue }   // one digit value: nothing to do
                var total: Int32 = 0
                for d in 0..<2048 { let c = hp[d]; hp[d] = total; total += c }
                for i in 0..<m {
                    let word = src[i]
                    let d = Int((word >> shift) & mask)
                    dst[Int(hp[d])] = word
                    hp[d] += 1
                }
                swap(&src, &dst)
            }
            // Refine runs of equal float keys on the doubles (stable insertion sort).
            var r = 0
            while r < m {
                let key = src[r] >> 32
                var e = r + 1
                while e < m, src[e] >> 32 == key { e += 1 }
                if e - r > 1 {
                    for x in (r + 1)..<e {
                        let word = src[x], v = scores[Int(word & 0xFFFF_FFFF)]
                        var y = x - 1
                        while y >= r, descending ? scores[Int(src[y] & 0xFFFF_FFFF)] < v : scores[Int(src[y] & 0xFFFF_FFFF)] > v {
                            src[y + 1] = src[y]
                            y -= 1
                        }
                        src[y + 1] = word
                    }
                }
                r = e
            }
            for i in 0..<m { order[i] = Int32(truncatingIfNeeded: src[i] & 0xFFFF_FFFF) }
        } } }
    }
}
