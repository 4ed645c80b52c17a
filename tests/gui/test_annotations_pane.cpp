// The Notes tab as an analyst uses it: a passage selected and highlighted, a note and tags added,
// every step undone and redone; the list filtered; an orphan listed apart and re-attached; the
// library search finding notes; and the reading place kept across a restart.
#include "annotation_editor.h"
#include "annotations/annotation_exchange.h"
#include "annotations/annotation_settings.h"
#include "annotations_pane.h"
#include "gui_fixture.h"
#include "import/article_parser.h"
#include "main_window.h"
#include "reader_pane.h"
#include "reader_view.h"
#include "store/annotation_store.h"
#include "store/library.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QTimer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

#include <memory>

using dokhae::gui::AnnotationsPane;
using dokhae::gui::MainWindow;
using dokhae::gui::ReaderView;

namespace {

const QString kTitle = QStringLiteral("글로벌 AI 패권의 경쟁자, 중국 AI 산업 전격 분석!");

ReaderView *reader(MainWindow &window)
{
    return window.findChild<ReaderView *>(QStringLiteral("readerView"));
}

AnnotationsPane *pane(MainWindow &window)
{
    return window.findChild<AnnotationsPane *>(QStringLiteral("annotationsPane"));
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

// The reading text of the article on show, read from the library as another program would.
QString shownText(const QString &dbPath, MainWindow &window)
{
    dokhae::store::Library library;
    if (!library.open(dbPath))
        return {};
    const auto record = library.article(window.findChild<dokhae::gui::ReaderPane *>(QStringLiteral("readerPane"))->articleId());
    return record ? record->text : QString();
}

// The annotation layer's highlights drawn in the reader: (start in the document, color).
QList<std::pair<int, QColor>> drawnHighlights(ReaderView *view)
{
    QList<std::pair<int, QColor>> drawn;
    for (const QTextEdit::ExtraSelection &selection : view->extraSelections()) {
        if (selection.format.property(ReaderView::LayerProperty).toInt() == int(ReaderView::Layer::Annotations))
            drawn.append({selection.cursor.selectionStart(), selection.format.background().color()});
    }
    return drawn;
}

} // namespace

class TestAnnotationsPane : public dokhae::test::GuiTestCase {
    Q_OBJECT

public:
    TestAnnotationsPane() : GuiTestCase(QStringLiteral("test_annotations_pane")) {}

private slots:
    void highlightNoteTagsUndoRedo();
    void withoutSelectionNothingIsMade();
    void filtersByColorTagAndText();
    void clickInTheTextChoosesTheHighlight();
    void orphanIsListedApartAndReattached();
    void librarySearchFindsNotesAndTags();
    void readingPlaceIsRestoredAfterRestart();
    void linkOpensTheAnnotation();
    void colorsAreRenamed();
    void exportAndImportThroughTheMenu();

private:
    // Selects the first occurrence of `passage` in the reader; its [start, end) or (-1, -1).
    std::pair<qsizetype, qsizetype> select(MainWindow &window, const QString &passage);
};

std::pair<qsizetype, qsizetype> TestAnnotationsPane::select(MainWindow &window, const QString &passage)
{
    const QString text = shownText(dbPath(), window);
    const qsizetype at = text.indexOf(passage);
    if (at < 0)
        return {-1, -1};
    reader(window)->selectSpan(at, at + passage.size());
    return {at, at + passage.size()};
}

void TestAnnotationsPane::highlightNoteTagsUndoRedo()
{
    auto window = openSeededWindowAt(kTitle);
    QVERIFY(window);
    AnnotationsPane *notes = pane(*window);
    const QString passage = QStringLiteral("중국");
    const auto [start, end] = select(*window, passage);
    QVERIFY(start >= 0);
    QAction *yellow = action(*window, "actionHighlight_yellow");
    QCOMPARE(yellow->shortcut(), QKeySequence(QStringLiteral("Ctrl+1")));
    yellow->trigger();
    QCOMPARE(notes->anchoredCount(), 1);
    const QString id = notes->currentAnnotationId();
    QVERIFY(!id.isEmpty());
    QList<std::pair<int, QColor>> drawn = drawnHighlights(reader(*window));
    QCOMPARE(drawn.size(), 1);
    QCOMPARE(drawn.first().second, QColor(dokhae::annotations::colorHex(QStringLiteral("yellow"))));

    // A note, typed and saved, is stored and shown rendered from its Markdown.
    auto *editor = window->findChild<dokhae::gui::AnnotationEditor *>(QStringLiteral("annotationEditor"));
    QCOMPARE(editor->annotationId(), id);
    window->findChild<QPushButton *>(QStringLiteral("editNoteButton"))->click();
    auto *noteEdit = window->findChild<QPlainTextEdit *>(QStringLiteral("annotationNoteEdit"));
    QVERIFY(noteEdit->isVisible());
    noteEdit->setPlainText(QStringLiteral("**근거**: 정부 주도 투자"));
    window->findChild<QPushButton *>(QStringLiteral("saveNoteButton"))->click();
    dokhae::store::Library check;
    QVERIFY(check.open(dbPath()));
    dokhae::store::AnnotationStore stored(check);
    QCOMPARE(stored.annotation(id)->note, QStringLiteral("**근거**: 정부 주도 투자"));
    auto *noteView = window->findChild<QTextBrowser *>(QStringLiteral("annotationNoteView"));
    QVERIFY(noteView->isVisible());
    QVERIFY(noteView->toPlainText().startsWith(QStringLiteral("근거: 정부")));  // ** rendered, not shown
    QVERIFY(noteView->toHtml().contains(QStringLiteral("font-weight")));

    // Tags, comma-separated; completion knows them afterwards.
    auto *tags = window->findChild<QLineEdit *>(QStringLiteral("annotationTags"));
    tags->setFocus();
    tags->setText(QStringLiteral("투자,  반도체 , 투자"));
    QTest::keyClick(tags, Qt::Key_Return);
    QCOMPARE(stored.annotation(id)->tags, (QStringList{QStringLiteral("투자"), QStringLiteral("반도체")}));

    // Recolor through the editor.
    auto *color = window->findChild<QComboBox *>(QStringLiteral("annotationColor"));
    color->setCurrentIndex(color->findData(QStringLiteral("red")));
    QCOMPARE(stored.annotation(id)->color, QStringLiteral("red"));
    QCOMPARE(drawnHighlights(reader(*window)).first().second, QColor(dokhae::annotations::colorHex(QStringLiteral("red"))));

    // Undo walks back through each step, and redo forward again.
    QAction *undo = action(*window, "actionUndo");
    QAction *redo = action(*window, "actionRedo");
    QVERIFY(undo->text().contains(QStringLiteral("Change Highlight Color")));
    undo->trigger();
    QCOMPARE(stored.annotation(id)->color, QStringLiteral("yellow"));
    undo->trigger();
    QVERIFY(stored.annotation(id)->tags.isEmpty());
    undo->trigger();
    QVERIFY(stored.annotation(id)->note.isEmpty());
    undo->trigger();
    QCOMPARE(stored.annotation(id), std::nullopt);
    QCOMPARE(notes->anchoredCount(), 0);
    QVERIFY(drawnHighlights(reader(*window)).isEmpty());
    for (int i = 0; i < 4; ++i)
        redo->trigger();
    const auto back = stored.annotation(id);
    QVERIFY(back);
    QCOMPARE(back->color, QStringLiteral("red"));
    QCOMPARE(back->tags.size(), 2);
    QCOMPARE(back->start, start);
    QCOMPARE(back->end, end);
    QCOMPARE(notes->anchoredCount(), 1);

    // Delete, undoable, the same record back.
    notes->selectAnnotation(id);
    action(*window, "actionDeleteHighlight")->trigger();
    QCOMPARE(stored.annotation(id), std::nullopt);
    undo->trigger();
    QCOMPARE(stored.annotation(id), back);
}

void TestAnnotationsPane::withoutSelectionNothingIsMade()
{
    auto window = openSeededWindowAt(kTitle);
    QVERIFY(window);
    reader(*window)->setTextCursor(QTextCursor(reader(*window)->document()));
    action(*window, "actionHighlight_blue")->trigger();
    QCOMPARE(pane(*window)->anchoredCount(), 0);
    QVERIFY(!action(*window, "actionUndo")->isEnabled());
}

void TestAnnotationsPane::filtersByColorTagAndText()
{
    auto window = openSeededWindowAt(kTitle);
    QVERIFY(window);
    AnnotationsPane *notes = pane(*window);
    const QStringList passages{QStringLiteral("중국"), QStringLiteral("AI"), QStringLiteral("미국")};
    const QStringList colors{QStringLiteral("yellow"), QStringLiteral("red"), QStringLiteral("red")};
    for (qsizetype i = 0; i < passages.size(); ++i) {
        QVERIFY(select(*window, passages[i]).first >= 0);
        action(*window, qPrintable(QStringLiteral("actionHighlight_") + colors[i]))->trigger();
    }
    QCOMPARE(notes->anchoredCount(), 3);
    auto *tags = window->findChild<QLineEdit *>(QStringLiteral("annotationTags"));
    tags->setText(QStringLiteral("경쟁"));
    QTest::keyClick(tags, Qt::Key_Return);  // on the last one made, 미국

    auto *colorFilter = window->findChild<QComboBox *>(QStringLiteral("annotationColorFilter"));
    colorFilter->setCurrentIndex(colorFilter->findData(QStringLiteral("red")));
    QCOMPARE(notes->anchoredCount(), 2);
    auto *tagFilter = window->findChild<QComboBox *>(QStringLiteral("annotationTagFilter"));
    QVERIFY(tagFilter->findData(QStringLiteral("경쟁")) > 0);
    tagFilter->setCurrentIndex(tagFilter->findData(QStringLiteral("경쟁")));
    QCOMPARE(notes->anchoredCount(), 1);
    colorFilter->setCurrentIndex(0);
    tagFilter->setCurrentIndex(0);
    auto *textFilter = window->findChild<QLineEdit *>(QStringLiteral("annotationTextFilter"));
    textFilter->setText(QStringLiteral("ai"));  // the quote, case-insensitively
    QCOMPARE(notes->anchoredCount(), 1);
    textFilter->clear();
    QCOMPARE(notes->anchoredCount(), 3);

    // The whole library's notes: another article's highlight joins the list, with its title.
    auto *articles = window->findChild<QTableView *>(QStringLiteral("articleTable"));
    const int other = articles->currentIndex().row() == 0 ? 1 : 0;
    articles->selectRow(other);
    QTRY_VERIFY(reader(*window)->document()->firstBlock().text() != kTitle);
    QCOMPARE(notes->anchoredCount(), 0);
    QVERIFY(select(*window, QStringLiteral("AI")).first >= 0);
    action(*window, "actionHighlight_green")->trigger();
    QCOMPARE(notes->anchoredCount(), 1);
    auto *scope = window->findChild<QComboBox *>(QStringLiteral("annotationScope"));
    scope->setCurrentIndex(1);
    QVERIFY(notes->showsWholeLibrary());
    QCOMPARE(notes->anchoredCount(), 4);
    // Choosing a highlight of another article opens that article at the passage.
    auto *list = window->findChild<QListView *>(QStringLiteral("annotationList"));
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, 0).data().toString().startsWith(kTitle)) {
            list->setCurrentIndex(list->model()->index(row, 0));
            break;
        }
    }
    QTRY_COMPARE(reader(*window)->document()->firstBlock().text(), kTitle);
    const QString text = shownText(dbPath(), *window);
    const QList<qsizetype> starts{text.indexOf(passages[0]), text.indexOf(passages[1]), text.indexOf(passages[2])};
    QVERIFY(starts.contains(reader(*window)->cursorOffset()));
}

void TestAnnotationsPane::clickInTheTextChoosesTheHighlight()
{
    auto window = openSeededWindowAt(kTitle);
    QVERIFY(window);
    AnnotationsPane *notes = pane(*window);
    const auto [start, end] = select(*window, QStringLiteral("중국"));
    QVERIFY(start >= 0);
    action(*window, "actionHighlight_purple")->trigger();
    const QString id = notes->currentAnnotationId();
    notes->selectAnnotation(QString());
    QVERIFY(notes->currentAnnotationId().isEmpty());
    // A click inside the highlighted word, where the reader draws it.
    ReaderView *view = reader(*window);
    QTextCursor inside(view->document());
    const int bodyStart = drawnHighlights(view).first().first - int(start);
    inside.setPosition(bodyStart + int(start) + 1);
    view->setTextCursor(inside);
    view->ensureCursorVisible();
    const QPoint point = view->cursorRect(inside).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QTRY_COMPARE(notes->currentAnnotationId(), id);
}

void TestAnnotationsPane::orphanIsListedApartAndReattached()
{
    auto window = openSeededWindowAt(kTitle);
    QVERIFY(window);
    AnnotationsPane *notes = pane(*window);
    const QString text = shownText(dbPath(), *window);
    // The last paragraph of the article: the new revision will not have it.
    const QString lastParagraph = text.section(QLatin1Char('\n'), -1);
    QVERIFY(lastParagraph.size() > 10);
    QVERIFY(select(*window, lastParagraph.left(10)).first >= 0);
    window->findChild<QTabWidget *>(QStringLiteral("articleTabs"))->setCurrentWidget(notes);
    action(*window, "actionHighlight_blue")->trigger();
    const QString id = notes->currentAnnotationId();
    dokhae::store::Library writer;
    QVERIFY(writer.open(dbPath()));
    QVERIFY(dokhae::store::AnnotationStore(writer).edit(id, QStringLiteral("지워지면 안 되는 메모"), {}, QStringLiteral("blue")));

    // A new revision of the article arrives (as a re-import of its edited file would bring it).
    const auto *readerPane = window->findChild<dokhae::gui::ReaderPane *>(QStringLiteral("readerPane"));
    const qint64 articleId = readerPane->articleId();
    const auto record = writer.article(articleId);
    QVERIFY(record);
    dokhae::import::ParsedArticle edited;
    edited.meta = record->summary.meta;
    edited.sourceFile = record->summary.sourceFile;
    edited.text = text.section(QLatin1Char('\n'), 0, -2) + QStringLiteral("\n새로 쓴 마지막 문단이 들어왔다.");
    edited.encoding = QStringLiteral("UTF-8");
    const auto outcome = writer.addArticle(edited);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, dokhae::store::AddResult::NewRevision);
    window->findChild<dokhae::gui::ReaderPane *>(QStringLiteral("readerPane"))->showArticle(articleId);

    QCOMPARE(notes->anchoredCount(), 0);
    QCOMPARE(notes->orphanCount(), 1);
    auto *orphans = window->findChild<QListView *>(QStringLiteral("orphanList"));
    QVERIFY(orphans->isVisible());
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("orphanLabel"))->text().contains(QStringLiteral("(1)")));
    QVERIFY(orphans->model()->index(0, 0).data().toString().contains(QStringLiteral("지워지면 안 되는 메모")));
    QVERIFY(drawnHighlights(reader(*window)).isEmpty());

    // Re-attached to a new selection: anchored again, note intact; undo makes it an orphan again.
    orphans->setCurrentIndex(orphans->model()->index(0, 0));
    QCOMPARE(notes->currentAnnotationId(), id);
    const auto [start, end] = select(*window, QStringLiteral("새로 쓴 마지막 문단"));
    QVERIFY(start >= 0);
    QAction *reattach = action(*window, "actionReattachHighlight");
    QVERIFY(reattach->isEnabled());
    reattach->trigger();
    QCOMPARE(notes->orphanCount(), 0);
    QCOMPARE(notes->anchoredCount(), 1);
    const auto moved = dokhae::store::AnnotationStore(writer).annotation(id);
    QCOMPARE(moved->start, start);
    QCOMPARE(moved->note, QStringLiteral("지워지면 안 되는 메모"));
    QVERIFY(!orphans->isVisible());
    action(*window, "actionUndo")->trigger();
    QCOMPARE(notes->orphanCount(), 1);
}

void TestAnnotationsPane::librarySearchFindsNotesAndTags()
{
    auto window = openSeededWindowAt(kTitle);
    QVERIFY(window);
    QVERIFY(select(*window, QStringLiteral("중국")).first >= 0);
    action(*window, "actionHighlight_yellow")->trigger();
    const QString id = pane(*window)->currentAnnotationId();
    dokhae::store::Library writer;
    QVERIFY(writer.open(dbPath()));
    QVERIFY(dokhae::store::AnnotationStore(writer).edit(id, QStringLiteral("쿼크처럼 드문 낱말"), {QStringLiteral("희귀태그")},
                                                        QStringLiteral("yellow")));
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *articles = window->findChild<QTableView *>(QStringLiteral("articleTable"));
    for (const QString &query : {QStringLiteral("쿼크처럼"), QStringLiteral("희귀태그")}) {
        search->setText(query);
        QTRY_COMPARE(articles->model()->rowCount(), 1);
        QCOMPARE(articles->model()->index(0, 0).data().toString(), kTitle);
    }
}

void TestAnnotationsPane::readingPlaceIsRestoredAfterRestart()
{
    qsizetype place = 0;
    {
        auto window = openSeededWindowAt(kTitle);
        QVERIFY(window);
        const QString text = shownText(dbPath(), *window);
        ReaderView *view = reader(*window);
        view->scrollToOffset(text.size() / 2);
        place = view->topOffset();
        QVERIFY2(place > text.size() / 4 && place < text.size() * 3 / 4, qPrintable(QString::number(place)));
        window->close();
    }
    auto window = openWindow();
    QVERIFY(window);
    ReaderView *view = reader(*window);
    QTRY_COMPARE(view->document()->firstBlock().text(), kTitle);
    // Within a line or so of where it was: the same paragraph is at the top.
    QTRY_VERIFY2(std::abs(view->topOffset() - place) < 80, qPrintable(QStringLiteral("%1 vs %2").arg(view->topOffset()).arg(place)));
    QVERIFY(view->verticalScrollBar()->value() < view->verticalScrollBar()->maximum());
}

void TestAnnotationsPane::linkOpensTheAnnotation()
{
    auto window = openSeededWindowAt(kTitle);
    QVERIFY(window);
    const auto [start, end] = select(*window, QStringLiteral("미국"));
    QVERIFY(start >= 0);
    action(*window, "actionHighlight_green")->trigger();
    const QString id = pane(*window)->currentAnnotationId();
    auto *articles = window->findChild<QTableView *>(QStringLiteral("articleTable"));
    articles->selectRow(articles->currentIndex().row() == 0 ? 1 : 0);
    QTRY_VERIFY(reader(*window)->document()->firstBlock().text() != kTitle);

    QVERIFY(!window->openLink(QStringLiteral("https://example.com/")));
    QVERIFY(!window->openLink(QStringLiteral("dokhae://annotation/00000000-0000-4000-8000-000000000000")));
    QVERIFY(window->openLink(QStringLiteral("dokhae://annotation/") + id));
    QTRY_COMPARE(reader(*window)->document()->firstBlock().text(), kTitle);
    QCOMPARE(pane(*window)->currentAnnotationId(), id);
    // The passage is shown in its own color, not covered by a selection; the cursor is at its start.
    QCOMPARE(reader(*window)->selectedSpan(), std::nullopt);
    QCOMPARE(reader(*window)->cursorOffset(), start);
    QVERIFY(reader(*window)->cursorRect().top() >= 0);
    QVERIFY(reader(*window)->cursorRect().bottom() <= reader(*window)->viewport()->height());
    QCOMPARE(window->findChild<QTabWidget *>(QStringLiteral("articleTabs"))->currentWidget(), pane(*window));
}

void TestAnnotationsPane::colorsAreRenamed()
{
    auto window = openSeededWindowAt(kTitle);
    QVERIFY(window);
    bool answered = false;
    QTimer::singleShot(0, window.get(), [&] {
        auto *dialog = QApplication::activeModalWidget();
        if (!dialog || dialog->objectName() != QStringLiteral("colorNamesDialog"))
            return;
        dialog->findChild<QLineEdit *>(QStringLiteral("colorName_yellow"))->setText(QStringLiteral("출처 확인"));
        static_cast<QDialog *>(dialog)->accept();
        answered = true;
    });
    action(*window, "actionNameHighlightColors")->trigger();
    QVERIFY(answered);
    QCOMPARE(dokhae::annotations::colorName(QStringLiteral("yellow")), QStringLiteral("출처 확인"));
    QVERIFY(action(*window, "actionHighlight_yellow")->text().contains(QStringLiteral("출처 확인")));
    auto *colorFilter = window->findChild<QComboBox *>(QStringLiteral("annotationColorFilter"));
    QCOMPARE(colorFilter->itemText(colorFilter->findData(QStringLiteral("yellow"))), QStringLiteral("출처 확인"));
    // An emptied name gives the default back.
    dokhae::annotations::setColorName(QStringLiteral("yellow"), QString());
    QCOMPARE(dokhae::annotations::colorName(QStringLiteral("yellow")),
             dokhae::annotations::defaultColorName(QStringLiteral("yellow")));
}

namespace {

// Answers the next file dialog with `path`, or the next message box with its default button.
void answerNextDialog(const QString &path, bool *answered)
{
    QTimer::singleShot(50, qApp, [path, answered] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            files->selectFile(path);
            // The dialog fills in its suggested name once its folder is read; the typed name wins.
            if (auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(path);
            static_cast<QDialog *>(files)->accept();  // QFileDialog makes accept() protected
            *answered = true;
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            box->accept();
            *answered = true;
        } else {
            answerNextDialog(path, answered);  // not up yet
        }
    });
}

} // namespace

void TestAnnotationsPane::exportAndImportThroughTheMenu()
{
    auto window = openSeededWindowAt(kTitle);
    QVERIFY(window);
    AnnotationsPane *notes = pane(*window);
    for (const QString &passage : {QStringLiteral("중국"), QStringLiteral("미국")}) {
        QVERIFY(select(*window, passage).first >= 0);
        action(*window, "actionHighlight_red")->trigger();
    }
    const QString file = filePath(QStringLiteral("notes.jsonld"));
    bool answered = false;
    answerNextDialog(file, &answered);
    action(*window, "actionExportAnnotations0")->trigger();
    QVERIFY(answered);
    QFile written(file);
    QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(QDir(filePath(QString())).entryList().join(u' ')));
    QString error;
    const auto read = dokhae::annotations::fromW3cJsonLd(written.readAll(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->size(), 2);

    // One is deleted, then the file brings it back, and the other is not doubled.
    action(*window, "actionDeleteHighlight")->trigger();
    QCOMPARE(notes->anchoredCount(), 1);
    answered = false;
    answerNextDialog(file, &answered);
    action(*window, "actionImportAnnotations")->trigger();
    QVERIFY(answered);
    QCOMPARE(notes->anchoredCount(), 2);

    // A file that is not annotations is refused with a message, and nothing changes.
    const QString junk = filePath(QStringLiteral("junk.jsonld"));
    QFile bad(junk);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    bad.close();
    bool boxAnswered = false;
    answered = false;
    answerNextDialog(junk, &answered);
    QTimer::singleShot(400, qApp, [&] { answerNextDialog(QString(), &boxAnswered); });
    action(*window, "actionImportAnnotations")->trigger();
    QVERIFY(answered);
    QVERIFY(boxAnswered);
    QCOMPARE(notes->anchoredCount(), 2);
}

QTEST_MAIN(TestAnnotationsPane)
#include "test_annotations_pane.moc"
