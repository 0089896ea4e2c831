import Mustache

/// A view's stored properties, read through `Mirror` once. swift-mustache otherwise reflects a
/// view again on every name it looks up (and climbs the context stack doing so), which made
/// rendering thousands of pages for the site slow. Nested views and arrays of views are wrapped
/// the same way; a property that is nil is absent, so lookups go on up the stack exactly as with
/// the view itself.
final class TemplateContext: MustacheParent {
    private var fields: [String: Any] = [:]

    private init(_ mirror: Mirror) {
        for child in mirror.children {
            guard let label = child.label, let value = Self.wrap(child.value) else { continue }
            fields[label] = value
        }
    }

    func child(named name: String) -> Any? { fields[name] }

    /// `value` ready for a template: views become contexts, optionals are unwrapped (nil when empty).
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
