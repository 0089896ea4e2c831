import Mustache

/// A view's stored properties, read through `Mirror` once. swift-mustache otherwise reflects a
/// view again on every name it looks up (and climbs the context stack doing so), which made
/// rendering thousands of pages for the site slow. Nested views and arrays of views are wrapped
/// the same way.
///
/// A property that is nil is present and empty (`TemplateContext.Absent`), not missing: Mustache
/// looks a missing name up in the enclosing contexts, so an evidence item without a summary would
/// otherwise print the project's summary in its place. Every key a view declares therefore stops
/// the lookup at the view that declares it, in built-in and custom templates alike.
final class TemplateContext: MustacheParent {
    /// An optional field with no value: renders as nothing, and is false in sections.
    struct Absent: MustacheCustomRenderable {
        var renderText: String { "" }
        var isNull: Bool { true }
    }

    private var fields: [String: Any] = [:]

    private init(_ mirror: Mirror) {
        for child in mirror.children {
            guard let label = child.label else { continue }
            fields[label] = Self.wrap(child.value) ?? Absent()
        }
    }

    func child(named name: String) -> Any? { fields[name] }

    /// `value` ready for a template: views become contexts, optionals are unwrapped (nil when empty;
    /// a context stores `Absent` for it).
    static func wrap(_ value: Any) -> Any? {
        switch value {
        case is String, is Int, is Bool, is Double, is Substring, is MustacheParent: return value
        case let array as [Any]: return array.compactMap(wrap)
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .class: return TemplateContext(mirror)
        case .optional: return mirror.children.first.flatMap { wrap($0.value) }
        default: return value
        }
    }
}

extension MustacheTemplate {
    /// Renders a view through a `TemplateContext`.
    func render(view: Any) -> String {
        render(TemplateContext.wrap(view) ?? view)
    }
}
