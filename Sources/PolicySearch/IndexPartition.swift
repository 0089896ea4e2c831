import PolicyKit
/// The index of a contiguous run of documents, built by one worker: its own terms, and one
/// posting per (term, document) with the term's count in each field.
struct IndexPartition {
    /// One term in one document: how often it appears in the title, the summary and the body.
    struct Posting {
        var term: Int32
        var document: Int32
        var title: UInt16
        var summary: UInt16
        var body: UInt32
    }

    var terms = TermTable()
    var postings: [Posting] = []
    /// Per document (local numbering): the number of terms in its title, summary and body.
    var lengths: [(UInt32, UInt32, UInt32)] = []

    // Per term: the last document that used it and where its posting is, to count without a dictionary per document.
    private var lastDocument: [Int32] = []
    private var lastPosting: [Int] = []

    /// Tokenises one record file (its bytes are lowercased in place) and adds its postings.
    mutating func add(_ bytes: inout [UInt8]) {
        let document = Int32(lengths.count)
        var length: (UInt32, UInt32, UInt32) = (0, 0, 0)
        bytes.withUnsafeMutableBufferPointer { buffer in
            let text = RecordText(UnsafeBufferPointer(buffer))
            for field in RecordText.Field.allCases {
                let range = field == .title ? text.title : field == .summary ? text.summary : text.body
                guard !range.isEmpty, let base = buffer.baseAddress else { continue }
                var fieldLength: UInt32 = 0
                Tokenizer.forEachTerm(in: UnsafeMutableBufferPointer(start: base + range.lowerBound, count: range.count)) { term in
                    fieldLength += 1
                    count(term, in: document, field: field)
                }
                switch field {
                case .title: length.0 = fieldLength
                case .summary: length.1 = fieldLength
                case .body: length.2 = fieldLength
                }
            }
        }
        lengths.append(length)
    }

    @inline(__always) private mutating func count(_ term: UnsafeBufferPointer<UInt8>, in document: Int32, field: RecordText.Field) {
        let id = Int(terms.id(of: term, hash: TermTable.hash(term)))
        if id == lastDocument.count {
            lastDocument.append(-1)
            lastPosting.append(0)
        }
        if lastDocument[id] != document {
            lastDocument[id] = document
            lastPosting[id] = postings.count
            postings.append(Posting(term: Int32(id), document: document, title: 0, summary: 0, body: 0))
        }
        let index = lastPosting[id]
        switch field {
        case .title: postings[index].title &+= postings[index].title == .max ? 0 : 1
        case .summary: postings[index].summary &+= postings[index].summary == .max ? 0 : 1
        case .body: postings[index].body &+= 1
        }
    }
}
