/// SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators"; constants of Vigna's
/// reference `splitmix64.c`): the one seed mixer of the package. It seeds `Xoshiro256` and gives every block of
/// runs, Monte-Carlo run or scenario sample a stream of its own, so results do not depend on the thread count.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The golden-ratio increment 2^64 / φ.
    public static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The next output: the state advanced by the increment, then mixed.
    public mutating func next() -> UInt64 {
        state &+= Self.increment
        return Self.mix(state)
    }

    /// The output function (a variant of MurmurHash3's 64-bit finaliser): z ← (z ⊕ z≫30)·0xBF58476D1CE4E5B9,
    /// z ← (z ⊕ z≫27)·0x94D049BB133111EB, z ⊕ z≫31.
    @inline(__always)
    public static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The seed of stream `index` (0, 1, …) of a run seeded `seed`: the (index + 1)-th SplitMix64 output started at
    /// `seed ⊕ salt`. Different salts give unrelated families of streams from the same seed.
    public static func streamSeed(_ seed: UInt64, stream index: Int, salt: UInt64 = 0) -> UInt64 {
        mix((seed ^ salt) &+ increment &* UInt64(index + 1))
    }
}
