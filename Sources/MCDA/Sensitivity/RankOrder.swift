
/// Orders the scores of one sample from best to worst, fast enough to run once per Monte-Carlo sample.
///
/// First choice (m ≤ 65536): the scores are mapped linearly onto 31-bit keys between their minimum and maximum (a
/// monotone map), packed with the index into 64-bit words, sorted by two stable 8-bit radix passes on the keys' top
/// 16 bits, and one insertion pass on the words finishes the order (the exact doubles decide only between equal
/// keys). When the insertion pass would shift more than 64·m words (a very uneven spread), the sample falls
/// back to an LSD radix sort on order-preserving 32-bit keys of the scores (as `Float`) packed with the index into
/// one 64-bit word, in three passes of 11, 11 and 10 bits (a pass whose digit is the same for every key is
/// skipped), whose runs of equal keys are then re-sorted on the exact `Double` values. Either way the result equals
/// a stable sort on the doubles: the best score first, exact ties in index order.
struct RankOrder {
    let count: Int
    private var words: [UInt64], words2: [UInt64]
    private var histogram: [Int32]

    init(count m: Int) {
        count = m
        words = Array(repeating: 0, count: m); words2 = words
        histogram = Array(repeating: 0, count: 3 * 2048)
    }

    /// Writes into `order` the alternative indices from best to worst. `descending`: higher scores are better.
    mutating func sort(_ scores: UnsafePointer<Double>, descending: Bool, into order: UnsafeMutablePointer<Int32>) {
        if !bucketSort(scores, descending: descending, into: order) { radixSort(scores, descending: descending, into: order) }
    }

    /// The radix sort on the top 16 bits of 31-bit keys (`Kernels.rankOrder`); `false` when it does not apply (m > 65536) or keys collide
    /// too often (then nothing useful was written).
    private mutating func bucketSort(_ scores: UnsafePointer<Double>, descending: Bool, into order: UnsafeMutablePointer<Int32>) -> Bool {
        let m = count
        guard m <= 65536 else { return false }
        return words.withUnsafeMutableBufferPointer { ab in
        words2.withUnsafeMutableBufferPointer { bb in
            Kernels.rankOrder(scores, count: m, descending: descending, into: order, scratch: ab.baseAddress!, bb.baseAddress!)
        } }
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
