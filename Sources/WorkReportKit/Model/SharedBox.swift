/// A value kept behind one reference, so that copying the type that holds it costs one retain
/// instead of one for each of its strings and arrays. The holder makes its own copy of the box
/// before a change whenever another holder shares it (`Statement`, `Comparison`).
final class SharedBox<Value: Sendable>: @unchecked Sendable {
    // Changed only through a holder that has checked the box is its alone.
    var value: Value
    init(_ value: Value) { self.value = value }
}
