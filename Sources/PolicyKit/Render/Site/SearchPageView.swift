import Mustache

struct SearchPageView {}
