/// One check over the whole knowledge base; each rule lives in its own file under `Rules/`.
protocol Rule: Sendable {
    func check(_ knowledgeBase: KnowledgeBase, into findings: inout [Finding])
}
