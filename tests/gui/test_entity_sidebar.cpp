// The entities sidebar as an analyst uses it: the entities of seed 001 grouped by type with the
// recognizer's counts, a selection that marks exactly its mentions, F3 through them, names in both
// languages, the library-wide view opening an article at a mention, and undoable corrections.
#include "entities/entity_catalog.h"
#include "entities/entity_recognizer.h"
#include "entities/name_key.h"
#include "entity_dock.h"
#include "entity_library_view.h"
#include "entity_sidebar.h"
#include "entity_tree_model.h"
#include "cli_runner.h"
#include "gui_fixture.h"
#include "main_window.h"
#include "reader_pane.h"
#include "reader_view.h"
#include "store/library.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QMenu>
#include <QMimeData>
#include <QTimer>
#include <QToolButton>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTranslator>
#include <QTreeView>

#include <memory>

using dokhae::entities::ArticleEntity;
using dokhae::entities::Mention;
using dokhae::gui::EntityLibraryView;
using dokhae::gui::EntitySidebar;
using dokhae::gui::EntityTreeModel;
using dokhae::gui::MainWindow;
using dokhae::gui::ReaderView;

namespace {

const QString kDeepSeekTitle = QStringLiteral("딥시크로 돌풍 일으킨 中, AI 골든타임 맞이할 가능성은?");
const QString kDeepSeekKo = QStringLiteral("딥시크");
// A row names the entity in the interface's language with the other language's name beside it.
const QString kDeepSeekBoth = QStringLiteral("DeepSeek 딥시크");
constexpr int kImportTimeoutMs = 20000;

// Whether All Entities has a row (an entity) that reads `text`.
bool listsEntity(const EntityLibraryView &all, const QString &text)
{
    const QAbstractItemModel *model = all.model();
    return model->rowCount() > 0
           && !model->match(model->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly).isEmpty();
}

QList<QTextEdit::ExtraSelection> entityLayer(const ReaderView &reader)
{
    QList<QTextEdit::ExtraSelection> layer;
    for (const QTextEdit::ExtraSelection &selection : reader.extraSelections()) {
        if (selection.format.intProperty(ReaderView::LayerProperty) == int(ReaderView::Layer::Entities))
            layer.append(selection);
    }
    return layer;
}

} // namespace

class TestEntitySidebar : public dokhae::test::GuiTestCase {
    Q_OBJECT

public:
    TestEntitySidebar() : GuiTestCase(QStringLiteral("test_entity_sidebar")) {}

private slots:
    void groupsAndCountsFollowTheRecognizer();
    void listsWhatTheCliLists();
    void selectionMarksExactlyItsMentions();
    void f3StepsThroughMentions();
    void namesFollowTheLanguage();
    void libraryViewOpensAnArticleAtTheMention();
    void libraryViewReadsOffTheWindowsThread();
    void hideAndRenameAreUndoable();
    void mergeIsUndoableAndKeptInTheLibrary();
    void aliasFromTheMenuAppliesToLaterImports();
    void hiddenEntityComesBackAfterARestart();
    void missedNameIsAddedUndoably();
    void readerSelectionOffersToAddIt();
    void mergeOffersTheWholeLibraryAndChoosesNothing();

private:
    std::unique_ptr<MainWindow> openWithSeed001();
    ReaderView *reader(MainWindow &window) { return window.findChild<ReaderView *>(QStringLiteral("readerView")); }
    EntitySidebar *sidebar(MainWindow &window) { return window.findChild<EntitySidebar *>(QStringLiteral("entitySidebar")); }
    QTreeView *tree(MainWindow &window) { return window.findChild<QTreeView *>(QStringLiteral("entityTree")); }
    QAction *action(MainWindow &window, const char *name) { return window.findChild<QAction *>(QLatin1String(name)); }
    // What the recognizer alone finds in seed 001 for 딥시크: the numbers the sidebar must show.
    ArticleEntity expectedDeepSeek();
    QSet<qint64> articlesNaming(const QString &entityId);
    QModelIndex entityRow(MainWindow &window, const QString &id);
    void selectEntity(MainWindow &window, const QString &id);
};

// A first run on a fresh library, with the seed article on DeepSeek on show.
std::unique_ptr<MainWindow> TestEntitySidebar::openWithSeed001()
{
    return openSeededWindowAt(kDeepSeekTitle);
}

ArticleEntity TestEntitySidebar::expectedDeepSeek()
{
    dokhae::store::Library library;
    if (!library.open(dbPath()))
        return {};
    for (const dokhae::ArticleSummary &summary : library.articles()) {
        if (summary.meta.title != kDeepSeekTitle)
            continue;
        const QString text = library.article(summary.id)->text;
        for (const ArticleEntity &found : dokhae::entities::recognizeEntities(text, dokhae::entities::EntityCatalog::bundled())) {
            if (found.entity.nameKo == kDeepSeekKo)
                return found;
        }
    }
    return {};
}

QSet<qint64> TestEntitySidebar::articlesNaming(const QString &entityId)
{
    QSet<qint64> ids;
    dokhae::store::Library library;
    if (!library.open(dbPath()))
        return ids;
    const auto catalog = dokhae::entities::EntityCatalog::bundled();
    for (const dokhae::ArticleSummary &summary : library.articles()) {
        for (const ArticleEntity &found : dokhae::entities::recognizeEntities(library.article(summary.id)->text, catalog)) {
            if (found.entity.id == entityId)
                ids.insert(summary.id);
        }
    }
    return ids;
}

QModelIndex TestEntitySidebar::entityRow(MainWindow &window, const QString &id)
{
    return sidebar(window)->model()->indexOfEntity(id);
}

void TestEntitySidebar::selectEntity(MainWindow &window, const QString &id)
{
    tree(window)->setFocus();
    tree(window)->setCurrentIndex(entityRow(window, id));
}

void TestEntitySidebar::groupsAndCountsFollowTheRecognizer()
{
    auto window = openWithSeed001();
    QVERIFY(window);
    const ArticleEntity deepSeek = expectedDeepSeek();
    QVERIFY2(deepSeek.mentions.size() >= 3, "seed 001 names DeepSeek again and again");

    EntityTreeModel *model = sidebar(*window)->model();
    QStringList groups;
    for (int row = 0; row < model->rowCount(); ++row)
        groups << model->index(row, 0).data().toString();
    QVERIFY2(groups.contains(QStringLiteral("Organizations")) && groups.contains(QStringLiteral("Places")),
             qPrintable(groups.join(u',')));
    // Groups keep the catalog's order of types.
    QCOMPARE(groups.first(), QStringLiteral("Organizations"));

    const QModelIndex row = entityRow(*window, deepSeek.entity.id);
    QVERIFY(row.isValid());
    QCOMPARE(row.parent().data().toString(), QStringLiteral("Organizations"));
    QCOMPARE(row.data(EntityTreeModel::MentionCountRole).toInt(), int(deepSeek.mentions.size()));
    QCOMPARE(row.data().toString(), (kDeepSeekBoth + QStringLiteral(" · %1")).arg(deepSeek.mentions.size()));
    // The other language's name is beside it and in the tooltip.
    QVERIFY2(row.data(Qt::ToolTipRole).toString().contains(kDeepSeekKo), qPrintable(row.data(Qt::ToolTipRole).toString()));
    // Every count is the recognizer's, group by group.
    int total = 0;
    for (int group = 0; group < model->rowCount(); ++group)
        total += model->rowCount(model->index(group, 0));
    QCOMPARE(total, int(model->entities().size()));
}

// The window and dokhae-cli ask the same service: the same entities, in the same order, with the
// same mentions, after a correction too.
void TestEntitySidebar::listsWhatTheCliLists()
{
    auto window = openWithSeed001();
    QVERIFY(window);
    QVERIFY(sidebar(*window)->hideEntity(expectedDeepSeek().entity.id));
    const QList<ArticleEntity> shown = sidebar(*window)->model()->entities();
    QVERIFY(shown.size() > 3);
    qint64 articleId = 0;
    {
        dokhae::store::Library library;
        QVERIFY(library.open(dbPath()));
        for (const dokhae::ArticleSummary &summary : library.articles()) {
            if (summary.meta.title == kDeepSeekTitle)
                articleId = summary.id;
        }
    }
    QTemporaryDir home;
    const QJsonArray listed = dokhae::test::runCliJson(home, {QStringLiteral("entities"), QStringLiteral("--db"), dbPath(),
                                                              QString::number(articleId), QStringLiteral("--json")})
                                  .array();
    QCOMPARE(listed.size(), shown.size());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QJsonObject entry = listed.at(i).toObject();
        QCOMPARE(entry.value(QLatin1String("id")).toString(), shown.at(i).entity.id);
        const QJsonArray mentions = entry.value(QLatin1String("mentions")).toArray();
        QCOMPARE(mentions.size(), shown.at(i).mentions.size());
        for (qsizetype m = 0; m < mentions.size(); ++m)
            QCOMPARE(mentions.at(m).toObject().value(QLatin1String("text")).toString(), shown.at(i).mentions.at(m).text);
    }
}

void TestEntitySidebar::selectionMarksExactlyItsMentions()
{
    auto window = openWithSeed001();
    QVERIFY(window);
    const ArticleEntity deepSeek = expectedDeepSeek();
    QVERIFY(entityLayer(*reader(*window)).isEmpty());
    selectEntity(*window, deepSeek.entity.id);

    const QList<QTextEdit::ExtraSelection> marked = entityLayer(*reader(*window));
    QCOMPARE(marked.size(), deepSeek.mentions.size());
    const int bodyStart = marked.first().cursor.selectionStart() - int(deepSeek.mentions.first().start);
    for (qsizetype i = 0; i < marked.size(); ++i) {
        const Mention &mention = deepSeek.mentions.at(i);
        QCOMPARE(marked.at(i).cursor.selectedText(), mention.text);
        QCOMPARE(marked.at(i).cursor.selectionStart() - bodyStart, int(mention.start));
        QCOMPARE(marked.at(i).cursor.selectionEnd() - bodyStart, int(mention.end));
    }
    // The first mention is selected in the reader.
    QCOMPARE(reader(*window)->textCursor().selectionStart(), marked.first().cursor.selectionStart());

    // Choosing a type group is choosing no entity: the marks go.
    tree(*window)->setCurrentIndex(entityRow(*window, deepSeek.entity.id).parent());
    QVERIFY(entityLayer(*reader(*window)).isEmpty());
}

void TestEntitySidebar::f3StepsThroughMentions()
{
    auto window = openWithSeed001();
    QVERIFY(window);
    const ArticleEntity deepSeek = expectedDeepSeek();
    selectEntity(*window, deepSeek.entity.id);
    ReaderView *view = reader(*window);
    const int first = view->textCursor().selectionStart();
    QCOMPARE(view->textCursor().selectedText(), deepSeek.mentions.at(0).text);

    QTest::keyClick(tree(*window), Qt::Key_F3);
    QCOMPARE(view->textCursor().selectedText(), deepSeek.mentions.at(1).text);
    QCOMPARE(view->textCursor().selectionStart() - first, int(deepSeek.mentions.at(1).start - deepSeek.mentions.at(0).start));
    QCOMPARE(sidebar(*window)->currentMention(), 1);
    QTest::keyClick(tree(*window), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view->textCursor().selectionStart(), first);
    // Back from the first goes round to the last.
    QTest::keyClick(tree(*window), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(sidebar(*window)->currentMention(), int(deepSeek.mentions.size()) - 1);
    QCOMPARE(view->textCursor().selectionStart() - first,
             int(deepSeek.mentions.last().start - deepSeek.mentions.first().start));

    // While a find is under way in the reader, F3 belongs to it, not to the entity.
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *findEdit = window->findChild<QLineEdit *>(QStringLiteral("findEdit"));
    QVERIFY(findEdit->hasFocus());
    findEdit->setText(QStringLiteral("중국"));  // keyClicks knows ASCII only
    const int mentionBefore = sidebar(*window)->currentMention();
    const int findAt = view->textCursor().selectionStart();
    QTest::keyClick(findEdit, Qt::Key_F3);
    QCOMPARE(sidebar(*window)->currentMention(), mentionBefore);
    QVERIFY(view->textCursor().selectionStart() > findAt);
    QCOMPARE(view->textCursor().selectedText(), QStringLiteral("중국"));
    // Back in the sidebar, F3 steps through the mentions again.
    tree(*window)->setFocus();
    QTest::keyClick(tree(*window), Qt::Key_F3);
    QCOMPARE(sidebar(*window)->currentMention(), 0);
}

void TestEntitySidebar::namesFollowTheLanguage()
{
    auto window = openWithSeed001();
    QVERIFY(window);
    const ArticleEntity deepSeek = expectedDeepSeek();
    const QString count = QString::number(deepSeek.mentions.size());
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("entityDock"));
    QCOMPARE(dock->windowTitle(), QStringLiteral("Entities"));
    QCOMPARE(entityRow(*window, deepSeek.entity.id).data().toString(), kDeepSeekBoth + QStringLiteral(" · ") + count);

    QTranslator korean;
    QVERIFY(korean.load(QStringLiteral(":/i18n/dokhae_ko.qm")));
    QCoreApplication::installTranslator(&korean);
    QTRY_COMPARE(dock->windowTitle(), QStringLiteral("개체"));
    const QModelIndex row = entityRow(*window, deepSeek.entity.id);
    QCOMPARE(row.data().toString(), kDeepSeekKo + QStringLiteral(" DeepSeek · ") + count);
    QCOMPARE(row.parent().data().toString(), QStringLiteral("기관"));
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("DeepSeek")));
    // The library-wide view speaks Korean too, headers and names.
    action(*window, "actionAllEntities")->trigger();
    auto *all = window->findChild<EntityLibraryView *>(QStringLiteral("entityLibraryView"));
    QTRY_VERIFY(!all->isStale());
    QCOMPARE(all->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("개체"));
    QVERIFY(listsEntity(*all, kDeepSeekKo + QStringLiteral(" DeepSeek")));

    QCoreApplication::removeTranslator(&korean);
    QTRY_COMPARE(dock->windowTitle(), QStringLiteral("Entities"));
    QCOMPARE(entityRow(*window, deepSeek.entity.id).data().toString(), kDeepSeekBoth + QStringLiteral(" · ") + count);
    QVERIFY(listsEntity(*all, kDeepSeekBoth));
    // The filter takes a name in either language (or an alias), whatever language is shown.
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("entityLibraryFilter"));
    auto *view = window->findChild<QTreeView *>(QStringLiteral("entityLibraryTree"));
    for (const QString &typed : {kDeepSeekKo, QStringLiteral("deepseek")}) {
        filter->setText(typed);
        QStringList shown;
        for (int at = 0; at < view->model()->rowCount(); ++at)
            shown << view->model()->index(at, 0).data().toString();
        QVERIFY2(shown.contains(kDeepSeekBoth), qPrintable(shown.join(u',')));
        QVERIFY2(shown.size() <= 3, qPrintable(shown.join(u',')));  // DeepSeek and its models, not everything
    }
    filter->setText(QStringLiteral("zzzz"));
    QCOMPARE(view->model()->rowCount(), 0);
    filter->clear();
}

// The library is read on a worker thread: reload() returns at once, says it is reading, and the
// rows arrive later; a second reload before the first answers wins.
void TestEntitySidebar::libraryViewReadsOffTheWindowsThread()
{
    auto window = openWithSeed001();
    QVERIFY(window);
    auto *all = window->findChild<EntityLibraryView *>(QStringLiteral("entityLibraryView"));
    auto *status = all->findChild<QLabel *>();
    all->reload();
    QVERIFY(all->isStale());
    QVERIFY(status);
    all->reload();
    QVERIFY(all->isStale());
    QTRY_VERIFY(!all->isStale());
    QVERIFY(all->model()->rowCount() > 20);
    QVERIFY2(status->text().contains(QStringLiteral("mentions")), qPrintable(status->text()));
}

void TestEntitySidebar::libraryViewOpensAnArticleAtTheMention()
{
    auto window = openWithSeed001();
    QVERIFY(window);
    const QString id = expectedDeepSeek().entity.id;
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto *all = window->findChild<EntityLibraryView *>(QStringLiteral("entityLibraryView"));
    QTRY_VERIFY(all->isVisible() && !all->isStale());
    QVERIFY(window->findChild<QLineEdit *>(QStringLiteral("entityLibraryFilter"))->hasFocus());

    const QAbstractItemModel *model = all->model();
    QModelIndex entry;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(EntityLibraryView::EntityIdRole).toString() == id)
            entry = model->index(row, 0);
    }
    QVERIFY(entry.isValid());
    // The articles whose text the recognizer finds the organization in: three of the four seeds (the
    // fourth names only the product 딥시크 V3, an entity of its own).
    const QSet<qint64> expected = articlesNaming(id);
    QCOMPARE(expected.size(), 3);
    QCOMPARE(entry.siblingAtColumn(EntityLibraryView::ArticlesColumn).data().toString(), QString::number(expected.size()));
    QSet<qint64> listed;
    for (int row = 0; row < model->rowCount(entry); ++row)
        listed.insert(model->index(row, 0, entry).data(EntityLibraryView::ArticleIdRole).toLongLong());
    QCOMPARE(listed, expected);

    // An article other than the one on show, chosen through the (sorted) view.
    QModelIndex choice;
    for (int row = 0; row < model->rowCount(entry) && !choice.isValid(); ++row) {
        if (model->index(row, 0, entry).data().toString() != kDeepSeekTitle)
            choice = model->index(row, 0, entry);
    }
    QVERIFY(choice.isValid());
    const qint64 articleId = choice.data(EntityLibraryView::ArticleIdRole).toLongLong();
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(all->tree()->model());
    emit all->tree()->activated(proxy->mapFromSource(choice));

    auto *readerPane = window->findChild<dokhae::gui::ReaderPane *>(QStringLiteral("readerPane"));
    QCOMPARE(readerPane->articleId(), articleId);
    QCOMPARE(reader(*window)->document()->firstBlock().text(), choice.data().toString());
    const ArticleEntity *selected = sidebar(*window)->selectedEntity();
    QVERIFY(selected);
    QCOMPARE(selected->entity.id, id);
    QCOMPARE(reader(*window)->textCursor().selectedText(), selected->mentions.first().text);
    QCOMPARE(entityLayer(*reader(*window)).size(), selected->mentions.size());
    QCOMPARE(entityLayer(*reader(*window)).first().cursor.selectionStart(), reader(*window)->textCursor().selectionStart());
}

void TestEntitySidebar::hideAndRenameAreUndoable()
{
    auto window = openWithSeed001();
    QVERIFY(window);
    const ArticleEntity deepSeek = expectedDeepSeek();
    const QString id = deepSeek.entity.id;
    QAction *undo = action(*window, "actionUndo");
    QAction *redo = action(*window, "actionRedo");
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());

    QVERIFY(sidebar(*window)->hideEntity(id));
    QVERIFY(!entityRow(*window, id).isValid());
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("DeepSeek")), qPrintable(undo->text()));
    // Hidden in the library-wide view too.
    action(*window, "actionAllEntities")->trigger();
    auto *all = window->findChild<EntityLibraryView *>(QStringLiteral("entityLibraryView"));
    QTRY_VERIFY(!all->isStale());
    QVERIFY(!listsEntity(*all, kDeepSeekBoth));
    undo->trigger();
    QVERIFY(entityRow(*window, id).isValid());
    QTRY_VERIFY(listsEntity(*all, kDeepSeekBoth));
    redo->trigger();
    QVERIFY(!entityRow(*window, id).isValid());
    undo->trigger();

    // A rename changes the name shown, not what the text is recognized as.
    QVERIFY(sidebar(*window)->renameEntity(id, QStringLiteral("DeepSeek AI")));
    QCOMPARE(entityRow(*window, id).data().toString(), QStringLiteral("DeepSeek AI 딥시크 · %1").arg(deepSeek.mentions.size()));
    {
        dokhae::store::Library library;
        QVERIFY(library.open(dbPath()));
        const auto stored = library.userEntity(id);
        QVERIFY(stored);
        QCOMPARE(stored->nameEn, QStringLiteral("DeepSeek AI"));
        QVERIFY(stored->aliases.contains(QStringLiteral("DeepSeek")));
    }
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(entityRow(*window, id).data().toString(), (kDeepSeekBoth + QStringLiteral(" · %1")).arg(deepSeek.mentions.size()));
    {
        dokhae::store::Library library;
        QVERIFY(library.open(dbPath()));
        QVERIFY(!library.userEntity(id));
    }
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(entityRow(*window, id).data().toString(), QStringLiteral("DeepSeek AI 딥시크 · %1").arg(deepSeek.mentions.size()));
}

void TestEntitySidebar::mergeIsUndoableAndKeptInTheLibrary()
{
    auto window = openWithSeed001();
    QVERIFY(window);
    const ArticleEntity deepSeek = expectedDeepSeek();
    EntityTreeModel *model = sidebar(*window)->model();
    // Another organization of the article, merged into DeepSeek: its mentions count as DeepSeek's.
    const ArticleEntity *other = nullptr;
    for (const ArticleEntity &found : model->entities()) {
        if (found.entity.id != deepSeek.entity.id && found.entity.type == deepSeek.entity.type)
            other = &found;
    }
    QVERIFY(other);
    const QString otherId = other->entity.id;
    const int combined = int(deepSeek.mentions.size() + other->mentions.size());
    QVERIFY(sidebar(*window)->mergeEntity(otherId, deepSeek.entity.id));
    QVERIFY(!entityRow(*window, otherId).isValid());
    QCOMPARE(entityRow(*window, deepSeek.entity.id).data(EntityTreeModel::MentionCountRole).toInt(), combined);
    {
        dokhae::store::Library library;
        QVERIFY(library.open(dbPath()));
        QCOMPARE(library.entityCorrections().merges.value(otherId), deepSeek.entity.id);
    }
    action(*window, "actionUndo")->trigger();
    QVERIFY(entityRow(*window, otherId).isValid());
    QCOMPARE(entityRow(*window, deepSeek.entity.id).data(EntityTreeModel::MentionCountRole).toInt(),
             int(deepSeek.mentions.size()));
}

// The context menu's Add Alias… as an analyst answers it, and an article imported afterwards that
// spells DeepSeek only that way.
void TestEntitySidebar::aliasFromTheMenuAppliesToLaterImports()
{
    auto window = openWithSeed001();
    QVERIFY(window);
    const QString id = expectedDeepSeek().entity.id;
    selectEntity(*window, id);
    const QString alias = QStringLiteral("딥씩");
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setTextValue(alias);
        answered = true;
        dialog->accept();
    });
    action(*window, "actionAddEntityAlias")->trigger();
    QVERIFY(answered);
    QVERIFY2(action(*window, "actionUndo")->text().contains(alias), qPrintable(action(*window, "actionUndo")->text()));

    const QString path = filePath(QStringLiteral("later-%1.txt").arg(testNumber()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString title = QStringLiteral("딥씩의 새 모델, 시장을 흔들다");
    file.write((title + QStringLiteral("\n\n중국 스타트업 딥씩은 새 추론 모델을 공개했다. 업계는 딥씩의 발표가 "
                                      "가격 경쟁을 부를 것으로 본다.\n")).toUtf8());
    file.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    QVERIFY(drop.isAccepted());
    auto *articles = window->findChild<QTableView *>(QStringLiteral("articleTable"));
    QTRY_COMPARE_WITH_TIMEOUT(articles->model()->rowCount(), 5, kImportTimeoutMs);
    for (int row = 0; row < articles->model()->rowCount(); ++row) {
        if (articles->model()->index(row, 0).data().toString() == title)
            articles->selectRow(row);
    }
    QTRY_COMPARE(reader(*window)->document()->firstBlock().text(), title);
    // Still the chosen entity, now with the two mentions spelled the new way.
    const ArticleEntity *selected = sidebar(*window)->selectedEntity();
    QVERIFY(selected);
    QCOMPARE(selected->entity.id, id);
    QCOMPARE(selected->mentions.size(), 2);
    for (const Mention &mention : selected->mentions)
        QCOMPARE(mention.text, alias);
    QCOMPARE(entityLayer(*reader(*window)).size(), 2);
}

// The undo stack ends with the window; the "Hidden" menu of the library-wide view does not.
void TestEntitySidebar::hiddenEntityComesBackAfterARestart()
{
    const QString id = [this] {
        auto window = openWithSeed001();
        const QString deepSeek = expectedDeepSeek().entity.id;
        if (!window || !sidebar(*window)->hideEntity(deepSeek))
            return QString();
        action(*window, "actionAllEntities")->trigger();
        window->close();
        return deepSeek;
    }();
    QVERIFY(!id.isEmpty());

    auto window = openWithSeed001();
    QVERIFY(window);
    QVERIFY(!entityRow(*window, id).isValid());
    QVERIFY(!action(*window, "actionUndo")->isEnabled());
    // The library-wide tab, last looked at, is on show again and filled from the library.
    auto *all = window->findChild<EntityLibraryView *>(QStringLiteral("entityLibraryView"));
    QVERIFY(all->isVisible());
    QTRY_VERIFY(!all->isStale());
    QVERIFY(all->model()->rowCount() > 20);
    auto *button = window->findChild<QToolButton *>(QStringLiteral("entityHiddenButton"));
    QTRY_VERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Hidden (1)"));
    const QList<QAction *> hidden = button->menu()->actions();
    QCOMPARE(hidden.size(), 1);
    QCOMPARE(hidden.first()->text(), QStringLiteral("DeepSeek"));
    hidden.first()->trigger();
    QVERIFY(entityRow(*window, id).isValid());
    QTRY_COMPARE(button->text(), QStringLiteral("Hidden (0)"));
    QVERIFY(!button->isEnabled());
    // Showing it again is a step of its own, undone like the others.
    action(*window, "actionUndo")->trigger();
    QVERIFY(!entityRow(*window, id).isValid());
}


// A name the recognizer missed becomes a user catalog entry: recognized at once, kept in the
// library, undone with the rest. A name the catalog already knows is not added twice.
void TestEntitySidebar::missedNameIsAddedUndoably()
{
    auto window = openWithSeed001();
    QVERIFY(window);
    const QString name = QStringLiteral("양회");
    const QString id = QStringLiteral("user:") + dokhae::entities::nameKey(name);
    QVERIFY(!entityRow(*window, id).isValid());

    QVERIFY(sidebar(*window)->addEntity(name, dokhae::entities::EntityType::Organization));
    const QModelIndex row = entityRow(*window, id);
    QVERIFY(row.isValid());
    QVERIFY2(row.data().toString().startsWith(name), qPrintable(row.data().toString()));
    const dokhae::entities::ArticleEntity *selected = sidebar(*window)->selectedEntity();
    QVERIFY(selected);
    QCOMPARE(selected->entity.id, id);
    QVERIFY(!selected->mentions.isEmpty());
    QCOMPARE(selected->mentions.first().text, name);
    {
        dokhae::store::Library library;
        QVERIFY(library.open(dbPath()));
        QVERIFY(library.userEntity(id));
    }

    action(*window, "actionUndo")->trigger();
    QVERIFY(!entityRow(*window, id).isValid());
    {
        dokhae::store::Library library;
        QVERIFY(library.open(dbPath()));
        QVERIFY(!library.userEntity(id));
    }
    QVERIFY(!sidebar(*window)->addEntity(QStringLiteral("딥시크"), dokhae::entities::EntityType::Product));
}

// The way an analyst gets there: select the words in the article, right-click, pick a type.
void TestEntitySidebar::readerSelectionOffersToAddIt()
{
    auto window = openWithSeed001();
    QVERIFY(window);
    const QString name = QStringLiteral("양회");
    QString text;
    {
        dokhae::store::Library library;
        QVERIFY(library.open(dbPath()));
        for (const dokhae::ArticleSummary &summary : library.articles()) {
            if (summary.meta.title == kDeepSeekTitle)
                text = library.article(summary.id)->text;
        }
    }
    const qsizetype start = text.indexOf(name);
    QVERIFY(start >= 0);
    ReaderView *view = reader(*window);
    view->selectSpan(start, start + name.size());
    QCOMPARE(view->textCursor().selectedText(), name);

    bool offered = false;
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QAction *add = menu ? menu->findChild<QAction *>(QStringLiteral("actionAddSelectionAsEntity")) : nullptr;
        offered = add != nullptr;
        if (menu)
            menu->close();
        if (!add)
            return;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setTextValue(EntityTreeModel::typeSingular(dokhae::entities::EntityType::Organization));
            answered = true;
            dialog->accept();
        });
        add->trigger();
    });
    const QPoint where = view->viewport()->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, where, view->viewport()->mapToGlobal(where));
    QApplication::sendEvent(view->viewport(), &event);
    QVERIFY(offered);
    QVERIFY(answered);
    const ArticleEntity *selected = sidebar(*window)->selectedEntity();
    QVERIFY(selected);
    QCOMPARE(selected->entity.nameKo, name);
    QCOMPARE(selected->entity.type, dokhae::entities::EntityType::Organization);
    QCOMPARE(selected->mentions.first().start, start);
}

// Merge Into… lists the library's entities, not this article's only, and has no target chosen
// beforehand: accepting the dialog as it opens merges nothing.
void TestEntitySidebar::mergeOffersTheWholeLibraryAndChoosesNothing()
{
    auto window = openWithSeed001();
    QVERIFY(window);
    const QString id = expectedDeepSeek().entity.id;
    selectEntity(*window, id);
    QStringList offered;
    QString preset = QStringLiteral("unset");
    // The candidates are read on a worker: the dialog comes once they are there.
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        offered = dialog->comboBoxItems();
        preset = dialog->textValue();
        dialog->accept();
    });
    poll.start();
    action(*window, "actionMergeEntity")->trigger();
    QTRY_VERIFY(preset != QStringLiteral("unset"));
    QVERIFY(preset.isEmpty());
    QVERIFY(!action(*window, "actionUndo")->isEnabled());  // nothing merged
    // Entities that only other seeds name are offered too.
    dokhae::store::Library check;
    QVERIFY(check.open(dbPath()));
    QCOMPARE(offered.size() - 1, check.entities().libraryEntities().size() - 1);
    QVERIFY(offered.size() > sidebar(*window)->model()->entities().size());
}

QTEST_MAIN(TestEntitySidebar)
#include "test_entity_sidebar.moc"
