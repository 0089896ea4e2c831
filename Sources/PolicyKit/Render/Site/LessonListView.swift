struct LessonListView {
    var lessons: [SiteItem]
}
