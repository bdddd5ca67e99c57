/// Reads comma-separated values as RFC 4180 writes them, and as Excel saves them: fields in
/// double quotes may hold commas, line breaks and doubled quotes; lines end in CRLF or LF; a
/// byte-order mark is the decoder's business, not ours. Each record keeps the line it starts on,
/// so that an error can name it.
public enum CSVReader {
    public struct Record: Sendable, Equatable {
        /// 1-based line of the file where the record starts.
        public var line: Int
        public var fields: [String]
    }

    public enum Failure: Error, Equatable, Sendable {
        /// A quoted field runs to the end of the file; `line` is where it opens.
        case unterminatedQuote(line: Int)
        /// Text after a closing quote and before the next comma (`"a"b`).
        case textAfterQuote(line: Int)
    }

    /// Every record, blank lines skipped. Scans the UTF-8 bytes: commas, quotes and line ends
    /// are ASCII and never occur inside a multi-byte character.
    public static func records(_ text: String) throws(Failure) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var quoted = false
        var quoteLine = 1
        // Whether the current field was quoted and has closed, so only a comma or line end may follow.
        var closed = false
        var sawAnything = false
        let bytes = Array(text.utf8)
        var i = 0

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            closed = false
        }
        func endRecord() {
            endField()
            // A line with nothing on it is not a record of one empty field.
            if sawAnything { records.append(Record(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
            sawAnything = false
        }

        while i < bytes.count {
            let byte = bytes[i]
            if quoted {
                if byte == 0x22 {
                    if i + 1 < bytes.count, bytes[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                    quoted = false
                    closed = true
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                i += 1
                continue
            }
            switch byte {
            case 0x2C:  // ,
                sawAnything = true
                endField()
            case 0x0D where i + 1 < bytes.count && bytes[i + 1] == 0x0A:
                break  // the LF that follows ends the record
            case 0x0A:
                endRecord()
                line += 1
                recordLine = line
            case 0x22 where field.isEmpty && !closed:
                quoted = true
                quoteLine = line
                sawAnything = true
            default:
                if closed { throw .textAfterQuote(line: line) }
                field.append(byte)
                if byte != 0x20 && byte != 0x09 && byte != 0x0D { sawAnything = true }
            }
            i += 1
        }
        if quoted { throw .unterminatedQuote(line: quoteLine) }
        endRecord()
        return records
    }
}
