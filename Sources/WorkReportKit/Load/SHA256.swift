/// SHA-256 (FIPS 180-4), so the manifest can pin each report's bytes without a crypto package.
/// Every file is hashed on every run, so the blocks are read in place as big-endian words and
/// the rounds are unrolled by eight, which spares the register shuffle of one round at a time.
public enum SHA256 {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    private struct State {
        var h0: UInt32 = 0x6a09e667, h1: UInt32 = 0xbb67ae85, h2: UInt32 = 0x3c6ef372, h3: UInt32 = 0xa54ff53a
        var h4: UInt32 = 0x510e527f, h5: UInt32 = 0x9b05688c, h6: UInt32 = 0x1f83d9ab, h7: UInt32 = 0x5be0cd19
    }

    public static func hex(_ bytes: [UInt8]) -> String {
        var state = State()
        k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                bytes.withUnsafeBytes { message in
                    let whole = message.count / 64 * 64
                    var offset = 0
                    while offset < whole {
                        compress(&state, UnsafeRawBufferPointer(rebasing: message[offset..<(offset + 64)]), w, k)
                        offset += 64
                    }
                    // The rest, the 0x80 marker and the bit length fill one block or two.
                    withUnsafeTemporaryAllocation(byteCount: 128, alignment: 8) { tail in
                        tail.initializeMemory(as: UInt8.self, repeating: 0)
                        let rest = message.count - whole
                        tail.copyMemory(from: UnsafeRawBufferPointer(rebasing: message[whole...]))
                        tail[rest] = 0x80
                        let end = rest < 56 ? 64 : 128
                        tail.storeBytes(of: (UInt64(message.count) &* 8).bigEndian, toByteOffset: end - 8, as: UInt64.self)
                        compress(&state, UnsafeRawBufferPointer(rebasing: tail[0..<64]), w, k)
                        if end == 128 { compress(&state, UnsafeRawBufferPointer(rebasing: tail[64..<128]), w, k) }
                    }
                }
            }
        }
        let words = [state.h0, state.h1, state.h2, state.h3, state.h4, state.h5, state.h6, state.h7]
        return String(unsafeUninitializedCapacity: 64) { out in
            let digits: StaticString = "0123456789abcdef"
            for (i, word) in words.enumerated() {
                for j in 0..<8 { out[i * 8 + j] = digits.utf8Start[Int((word &>> UInt32(28 - 4 * j)) & 0xF)] }
            }
            return 64
        }
    }

    /// One 64-byte block. Indices depend only on the block, never on the bytes in it.
    @inline(__always)
    private static func compress(_ s: inout State, _ block: UnsafeRawBufferPointer,
                                 _ w: UnsafeMutableBufferPointer<UInt32>, _ k: UnsafeBufferPointer<UInt32>) {
        for i in 0..<16 { w[i] = block.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self).bigEndian }
        for i in 16..<64 {
            let a = w[i &- 15], b = w[i &- 2]
            let s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a &>> 3)
            let s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b &>> 10)
            w[i] = w[i &- 16] &+ s0 &+ w[i &- 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = (s.h0, s.h1, s.h2, s.h3, s.h4, s.h5, s.h6, s.h7)
        var i = 0
        while i < 64 {
            round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
            round(h, a, b, &c, d, e, f, &g, k[i &+ 1] &+ w[i &+ 1])
            round(g, h, a, &b, c, d, e, &f, k[i &+ 2] &+ w[i &+ 2])
            round(f, g, h, &a, b, c, d, &e, k[i &+ 3] &+ w[i &+ 3])
            round(e, f, g, &h, a, b, c, &d, k[i &+ 4] &+ w[i &+ 4])
            round(d, e, f, &g, h, a, b, &c, k[i &+ 5] &+ w[i &+ 5])
            round(c, d, e, &f, g, h, a, &b, k[i &+ 6] &+ w[i &+ 6])
            round(b, c, d, &e, f, g, h, &a, k[i &+ 7] &+ w[i &+ 7])
            i &+= 8
        }
        s.h0 &+= a; s.h1 &+= b; s.h2 &+= c; s.h3 &+= d; s.h4 &+= e; s.h5 &+= f; s.h6 &+= g; s.h7 &+= h
    }

    /// A round that leaves its result in `d` and `h`; the caller renames the eight variables
    /// instead of moving them.
    @inline(__always)
    private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                              _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ kw
        let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) | (c & (a | b)))
        d &+= t1
        h = t1 &+ t2
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }
}
