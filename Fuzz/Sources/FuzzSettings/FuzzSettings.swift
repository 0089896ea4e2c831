import FuzzSupport
@testable import PolicyKit

/// `policylab.yaml`, read as every command reads it; the settings must validate as `check` does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSettings(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (settings, findings) = SettingsReading.parse(FuzzInput(data, size).bytes)
    _ = Validator.validate(KnowledgeBaseLoader.Outcome(knowledgeBase: KnowledgeBase(settings: settings, records: []), findings: findings))
    return 0
}
