#include "main_window.h"

#include "annotations/annotation_exchange.h"
#include "annotations_pane.h"
#include "brief_dialog.h"
#include "desk_docks.h"
#include "timeline_pane.h"
#include "charts_pane.h"
#include "entity_dock.h"
#include "entity_library_view.h"
#include "entity_sidebar.h"
#include "figure_refresher.h"
#include "figures_pane.h"
#include "import_controller.h"
#include "language_menu.h"
#include "library_check_progress.h"
#include "library_opener.h"
#include "library_pane.h"
#include "reader_pane.h"
#include "reader_view.h"
#include "reading_places.h"
#include "recent_libraries.h"
#include "store/figure_store.h"
#include "store/library.h"
#include "store/library_location.h"
#include "connection_watch.h"
#include "team_updates.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

#include <spdlog/spdlog.h>

// Resources of a static library are registered by hand, outside any namespace.
static void initDokhaeResources()
{
    Q_INIT_RESOURCE(dokhae);
}

namespace dokhae::gui {

namespace {

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_library(std::make_unique<store::Library>())
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_libraryPane(new LibraryPane(*m_library, m_splitter))
    , m_readerSplitter(new QSplitter(Qt::Vertical, m_splitter))
    , m_readerPane(new ReaderPane(*m_library, m_readerSplitter))
    , m_articleTabs(new QTabWidget(m_readerSplitter))
    , m_figuresPane(new FiguresPane(*m_library, m_articleTabs))
    , m_chartsPane(new ChartsPane(*m_library, m_articleTabs))
    , m_annotationsPane(new AnnotationsPane(*m_library, m_articleTabs))
    , m_entityDock(new EntityDock(*m_library, this))
    , m_undoStack(new QUndoStack(this))
    , m_imports(new ImportController(options.libraryPath, statusBar(), this))
    , m_figureRefresher(new FigureRefresher(options.libraryPath, this))
    , m_countLabel(new QLabel(this))
    , m_places(std::make_unique<ReadingPlaces>(options.libraryPath))
{
    initDokhaeResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dokhae.svg")));
    setAcceptDrops(true);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    setCentralWidget(m_splitter);
    m_readerSplitter->setObjectName(QStringLiteral("readerSplitter"));
    m_readerSplitter->setChildrenCollapsible(false);
    m_readerSplitter->setStretchFactor(0, 3);
    m_readerSplitter->setStretchFactor(1, 1);
    m_articleTabs->setObjectName(QStringLiteral("articleTabs"));
    m_articleTabs->setDocumentMode(true);
    m_articleTabs->addTab(m_figuresPane, QString());
    m_articleTabs->addTab(m_chartsPane, QString());
    m_articleTabs->addTab(m_annotationsPane, QString());
    m_countLabel->setObjectName(QStringLiteral("articleCountLabel"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_countLabel);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    m_connectionLabel->hide();
    statusBar()->addPermanentWidget(m_connectionLabel);
    addDockWidget(Qt::RightDockWidgetArea, m_entityDock);
    m_desk = new DeskDocks(this, {[this](qint64 articleId, qsizetype start, qsizetype end) {
                                      openArticle(articleId);
                                      m_readerPane->showSpan(start, end);  // read from the current revision
                                  },
                                  [this](const charts::ChartSpec &spec) {
                                      m_articleTabs->setCurrentWidget(m_chartsPane);
                                      return m_chartsPane->addChart(spec);
                                  },
                                  [this](const QString &text) { showStatus(text); }});
    m_entityDock->sidebar()->setUndoStack(m_undoStack);
    m_chartsPane->setUndoStack(m_undoStack);
    m_annotationsPane->setUndoStack(m_undoStack);
    m_readerPane->setReadingPlaces(m_places.get());

    createActions();
    m_opener = new LibraryOpener(this, [](const QString &location) { openWindowOn(location); });
    createMenus();

    connect(m_libraryPane, &LibraryPane::currentArticleChanged, m_readerPane, &ReaderPane::showArticle);
    connect(m_libraryPane, &LibraryPane::queryApplied, m_readerPane, &ReaderPane::setSearchQuery);
    connect(m_libraryPane, &LibraryPane::countsChanged, this, &MainWindow::updateCountLabel);
    connect(m_readerPane, &ReaderPane::articleShown, m_figuresPane, &FiguresPane::showArticle);
    connect(m_readerPane, &ReaderPane::articleShown, this,
            [this](const ArticleRecord &article) { m_desk->timelinePane()->setCurrentArticle(article.summary.id); });
    connect(m_figuresPane, &FiguresPane::highlightsChanged, m_readerPane, &ReaderPane::setFigureHighlights);
    connect(m_figuresPane, &FiguresPane::figureActivated, m_readerPane, &ReaderPane::showSpan);
    connect(m_figuresPane, &FiguresPane::message, this, &MainWindow::showStatus);
    connect(m_readerPane, &ReaderPane::message, this, &MainWindow::showStatus);
    wireCharts();
    wireAnnotations();
    EntitySidebar *entities = m_entityDock->sidebar();
    connect(m_readerPane, &ReaderPane::articleShown, entities, &EntitySidebar::showArticle);
    connect(entities, &EntitySidebar::highlightsChanged, m_readerPane, &ReaderPane::setEntityHighlights);
    connect(entities, &EntitySidebar::mentionActivated, m_readerPane, &ReaderPane::showSpan);
    connect(m_readerPane, &ReaderPane::addEntityRequested, entities, &EntitySidebar::askAddEntity);
    connect(entities, &EntitySidebar::message, this, &MainWindow::showStatus);
    connect(m_entityDock->libraryView(), &EntityLibraryView::articleChosen, this,
            [this, entities](qint64 articleId, const QString &entityId) {
                openArticle(articleId);
                entities->selectEntity(entityId);
            });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoTexts);
    connect(m_imports, &ImportController::importFinished, this, [this](const import::ImportReport &report) {
        m_libraryPane->reload();
        m_entityDock->libraryView()->markStale();
        m_desk->libraryChanged();
        // A new revision of the article being read replaces its text under the reader's eyes.
        for (const import::FileOutcome &outcome : report.files) {
            if (outcome.status == import::ImportStatus::NewRevision && outcome.articleId == m_readerPane->articleId())
                m_readerPane->showArticle(outcome.articleId);
        }
    });

    retranslateUi();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The undo stack goes first: its commands refer to the panes' stores, and as it is destroyed
    // it still announces indexChanged, which must not reach this half-destroyed window.
    disconnect(m_undoStack, nullptr, this, nullptr);
    delete m_undoStack;
    m_undoStack = nullptr;
    // The worker threads and the panes use the library, so they go before it does.
    delete m_figureRefresher;
    delete m_imports;
    delete m_splitter;
    delete m_entityDock;
}

void MainWindow::wireCharts()
{
    connect(m_readerPane, &ReaderPane::articleShown, m_chartsPane, &ChartsPane::showArticle);
    connect(m_figuresPane, &FiguresPane::figureActivated, m_chartsPane, &ChartsPane::showFigure);
    connect(m_figuresPane, &FiguresPane::newChartRequested, m_chartsPane, &ChartsPane::createChart);
    connect(m_figuresPane, &FiguresPane::addToChartRequested, m_chartsPane, &ChartsPane::addFiguresToChart);
    connect(m_chartsPane, &ChartsPane::currentChartChanged, m_figuresPane, &FiguresPane::setChartTarget);
    connect(m_chartsPane, &ChartsPane::revealRequested, this, [this] { m_articleTabs->setCurrentWidget(m_chartsPane); });
    connect(m_chartsPane, &ChartsPane::message, this, &MainWindow::showStatus);
    // A point's sentence, in the article it was read in (opened first when another is on show).
    connect(m_chartsPane, &ChartsPane::pointActivated, this, [this](const charts::PointSource &source) {
        openArticle(source.articleId);
        m_readerPane->showPassage(source.sentenceStart, source.sentenceEnd, source.sentence);
    });
    // Articles of a library from before figures were stored are read in the background.
    connect(m_figureRefresher, &FigureRefresher::progress, this, [this](int done, int total) {
        showStatus(tr("Reading the figures of earlier articles: %1 of %2").arg(done).arg(total));
    });
    connect(m_figureRefresher, &FigureRefresher::finished, this, [this](bool ok, const QString &error) {
        if (!ok)
            showStatus(tr("The figures of some articles could not be read: %1").arg(error));
    });
}

void MainWindow::wireAnnotations()
{
    m_annotationsPane->setSelectionSource([this] { return m_readerPane->selectedSpan(); },
                                          [this] { m_readerPane->view()->clearSelection(); });
    m_readerPane->view()->setSelectionActions(m_annotationsPane->highlightActions());
    connect(m_readerPane, &ReaderPane::articleShown, m_annotationsPane, &AnnotationsPane::showArticle);
    connect(m_readerPane, &ReaderPane::clickedAt, m_annotationsPane, &AnnotationsPane::chooseAt);
    connect(m_annotationsPane, &AnnotationsPane::highlightsChanged, m_readerPane, &ReaderPane::setAnnotationHighlights);
    connect(m_annotationsPane, &AnnotationsPane::annotationActivated, this,
            [this](qint64 articleId, qsizetype start, qsizetype end) {
                openArticle(articleId);
                m_readerPane->revealSpan(start, end);
            });
    connect(m_annotationsPane, &AnnotationsPane::revealRequested, this,
            [this] { m_articleTabs->setCurrentWidget(m_annotationsPane); });
    connect(m_annotationsPane, &AnnotationsPane::annotationsImported, m_libraryPane, &LibraryPane::reload);
    connect(m_annotationsPane, &AnnotationsPane::message, this, &MainWindow::showStatus);
}

bool MainWindow::openLink(const QString &link)
{
    const std::optional<QString> id = annotations::annotationIdFromLink(link);
    if (!id) {
        showStatus(tr("Not a Dokhae link: %1").arg(link));
        return false;
    }
    return m_annotationsPane->openAnnotation(*id);
}

void MainWindow::openArticle(qint64 articleId)
{
    if (articleId == m_readerPane->articleId())
        return;
    m_libraryPane->selectArticle(articleId);
    if (articleId != m_readerPane->articleId())  // not in the list (outside the current search)
        m_readerPane->showArticle(articleId);
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

bool MainWindow::openWindowOn(const QString &location)
{
    auto *window = new MainWindow({location, QString()});
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!window->openLibrary()) {
        delete window;
        return false;
    }
    window->show();
    return true;
}

bool MainWindow::openLibrary()
{
    if (!store::LibraryLocation::looksLikeServer(m_options.libraryPath))
        QDir().mkpath(QFileInfo(m_options.libraryPath).absolutePath());
    LibraryCheckProgress checkProgress(this);
    m_library->setCheckProgress(checkProgress.callback());
    const bool opened = m_library->open(m_options.libraryPath);
    m_library->setCheckProgress({});
    if (!opened) {
        spdlog::error("cannot open library {}: {}", m_options.libraryPath.toStdString(),
                      m_library->lastError().toStdString());
        QMessageBox box(QMessageBox::Critical, tr("Cannot open the library"), m_library->lastError(),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("libraryErrorBox"));
        box.exec();
        return false;
    }
    spdlog::info("library {} opened, {} articles", m_library->path().toStdString(), m_library->articleCount());
    RecentLibrariesMenu::remember(m_library->path());
    m_desk->setLibrary(m_library.get());
    m_teamUpdates = new TeamUpdates(*m_library,
                                    {m_libraryPane, m_annotationsPane, m_chartsPane, m_entityDock,
                                     [this] {
                                         updateCountLabel();
                                         m_desk->libraryChanged();  // a teammate's import
                                     },
                                     [this](const QString &text) { showStatus(text); }},
                                    this);
    m_connectionWatch = new ConnectionWatch(*m_library,
                                            {[this](store::OfflineAnnotations *offline) { m_annotationsPane->setOffline(offline); },
                                             [this](store::OfflineCharts *offline) { m_chartsPane->setOffline(offline); },
                                             [this] { m_teamUpdates->caughtUp(); }, [this](const QString &text) { showStatus(text); },
                                             [this](const QString &state) {
                                                 m_connectionLabel->setText(state);
                                                 m_connectionLabel->setVisible(!state.isEmpty());
                                             }},
                                            this);
    // Back to the article the analyst was reading (its place is restored as it is shown). Read
    // first: the reload shows the first article, which then counts as the last one open.
    const qint64 lastRead = m_places->lastArticle();
    m_libraryPane->reload();
    m_annotationsPane->reload();
    if (lastRead > 0)
        m_libraryPane->selectArticle(lastRead);
    m_entityDock->libraryView()->markStale();
    if (m_library->articleCount() == 0 && !m_options.seedsDir.isEmpty())
        m_imports->start({m_options.seedsDir});
    if (store::FigureStore(*m_library).staleCount() > 0)
        m_figureRefresher->start();
    return true;
}

void MainWindow::createActions()
{
    const auto make = [this](const char *name, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_importFilesAction = make("actionImportFiles", QKeySequence::Open, &MainWindow::importFiles);
    m_importFolderAction = make("actionImportFolder", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                &MainWindow::importFolder);
    m_exportBriefAction = make("actionExportBrief", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), &MainWindow::exportBrief);
    m_quitAction = make("actionQuit", QKeySequence::Quit, &MainWindow::close);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_findAction = make("actionFind", QKeySequence::Find, [this] { m_readerPane->openFind(); });
    // One F3 for two things (a second shortcut would be ambiguous): see stepEntityOrFind().
    m_findNextAction = make("actionFindNext", QKeySequence(Qt::Key_F3), [this] { stepEntityOrFind(true); });
    m_findPreviousAction = make("actionFindPrevious", QKeySequence(Qt::SHIFT | Qt::Key_F3),
                                [this] { stepEntityOrFind(false); });
    m_undoAction = make("actionUndo", QKeySequence::Undo, [this] { m_undoStack->undo(); });
    m_redoAction = make("actionRedo", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), [this] { m_undoStack->redo(); });
    addAction(m_entityDock->showAllAction());
    m_focusSearchAction = make("actionFocusSearch", QKeySequence(Qt::CTRL | Qt::Key_L),
                               [this] { m_libraryPane->focusSearch(); });
    ReaderView *reader = m_readerPane->view();
    m_zoomInAction = make("actionZoomIn", QKeySequence::ZoomIn, [reader] { reader->setZoomSteps(reader->zoomSteps() + 1); });
    m_zoomOutAction = make("actionZoomOut", QKeySequence::ZoomOut, [reader] { reader->setZoomSteps(reader->zoomSteps() - 1); });
    m_zoomResetAction = make("actionZoomReset", QKeySequence(Qt::CTRL | Qt::Key_0), [reader] { reader->setZoomSteps(0); });
    m_aboutAction = make("actionAbout", {}, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = make("actionAboutQt", {}, [] { QApplication::aboutQt(); });
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_opener->addTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_importFilesAction, m_importFolderAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_figuresPane->exportAction());
    m_fileMenu->addActions(m_chartsPane->exportActions());
    m_fileMenu->addAction(m_exportBriefAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addActions({m_undoAction, m_redoAction});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_findAction, m_findNextAction, m_findPreviousAction});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_focusSearchAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addActions({m_zoomInAction, m_zoomOutAction, m_zoomResetAction});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_figuresPane->highlightAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_entityDock->toggleViewAction(), m_entityDock->showAllAction()});
    m_viewMenu->addActions({m_desk->claimsDock()->toggleViewAction(), m_desk->timelineDock()->toggleViewAction()});
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(new LanguageMenu(m_viewMenu));
    m_notesMenu = menuBar()->addMenu(QString());
    m_notesMenu->setObjectName(QStringLiteral("notesMenu"));
    m_notesMenu->addActions(m_annotationsPane->highlightActions());
    m_notesMenu->addSeparator();
    m_notesMenu->addActions({m_annotationsPane->deleteAction(), m_annotationsPane->reattachAction()});
    m_notesMenu->addSeparator();
    m_notesMenu->addAction(m_annotationsPane->colorNamesAction());
    m_notesMenu->addSeparator();
    m_notesMenu->addActions(m_annotationsPane->exportActions());
    m_notesMenu->addAction(m_annotationsPane->importAction());
    m_annotateBar = addToolBar(QString());
    m_annotateBar->setObjectName(QStringLiteral("annotateToolBar"));
    m_annotateBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_annotateBar->addActions(m_annotationsPane->highlightActions());
    m_chartMenu = menuBar()->addMenu(QString());
    m_chartMenu->setObjectName(QStringLiteral("chartMenu"));
    m_chartMenu->addActions({m_figuresPane->newChartAction(), m_figuresPane->addToChartAction()});
    m_chartMenu->addSeparator();
    m_chartMenu->addActions({m_chartsPane->editAction(), m_chartsPane->deleteAction(), m_chartsPane->moveUpAction(),
                             m_chartsPane->moveDownAction()});
    m_chartMenu->addSeparator();
    m_chartMenu->addActions(m_chartsPane->exportActions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addActions({m_aboutAction, m_aboutQtAction});
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Dokhae"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_articleTabs->setTabText(m_articleTabs->indexOf(m_figuresPane), tr("Figures"));
    m_articleTabs->setTabText(m_articleTabs->indexOf(m_chartsPane), tr("Charts"));
    m_chartMenu->setTitle(tr("&Chart"));
    m_notesMenu->setTitle(tr("&Notes"));
    m_annotateBar->setWindowTitle(tr("Highlight"));
    m_articleTabs->setTabText(m_articleTabs->indexOf(m_annotationsPane), tr("Notes"));
    m_helpMenu->setTitle(tr("&Help"));
    m_opener->retranslateUi();
    m_importFilesAction->setText(tr("&Import Files…"));
    m_importFilesAction->setStatusTip(tr("Import text, Markdown or HTML articles"));
    m_importFolderAction->setText(tr("Import &Folder…"));
    m_importFolderAction->setStatusTip(tr("Import every article file in a folder and its subfolders"));
    m_quitAction->setText(tr("&Quit"));
    m_exportBriefAction->setText(tr("Export &Brief…"));
    m_exportBriefAction->setStatusTip(tr("A brief of chosen articles, with your highlights, notes and charts, as PDF or HTML"));
    m_findAction->setText(tr("&Find in Article…"));
    m_findNextAction->setText(tr("Find &Next"));
    m_findPreviousAction->setText(tr("Find &Previous"));
    m_focusSearchAction->setText(tr("&Search Library"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomResetAction->setText(tr("&Actual Size"));
    m_aboutAction->setText(tr("&About Dokhae"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_imports->retranslateUi();
    updateCountLabel();
    updateUndoTexts();
}

void MainWindow::updateUndoTexts()
{
    m_undoAction->setEnabled(m_undoStack->canUndo());
    m_redoAction->setEnabled(m_undoStack->canRedo());
    m_undoAction->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(m_undoStack->undoText()) : tr("&Undo"));
    m_redoAction->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(m_undoStack->redoText()) : tr("&Redo"));
}

// F3 steps through the chosen entity's mentions while the entities have the focus, or while an
// entity is chosen and no find is open; otherwise it finds, as before there were entities.
void MainWindow::stepEntityOrFind(bool forward)
{
    EntitySidebar *entities = m_entityDock->sidebar();
    if (m_entityDock->wantsMentionSteps(m_readerPane->isFinding()))
        forward ? entities->nextMention() : entities->previousMention();
    else
        forward ? m_readerPane->findNext() : m_readerPane->findPrevious();
}

void MainWindow::updateCountLabel()
{
    const int total = m_libraryPane->totalCount();
    if (m_libraryPane->query().isEmpty())
        m_countLabel->setText(tr("Articles: %1").arg(total));
    else if (m_libraryPane->matchCount() > m_libraryPane->shownCount())
        m_countLabel->setText(tr("Matches: %1 of %2 articles (the best %3 listed)")
                                  .arg(m_libraryPane->matchCount())
                                  .arg(total)
                                  .arg(m_libraryPane->shownCount()));
    else
        m_countLabel->setText(tr("Matches: %1 of %2 articles").arg(m_libraryPane->shownCount()).arg(total));
}

static const QString kLastImportDirKey = QStringLiteral("import/lastFolder");

void MainWindow::importFiles()
{
    const QString start = QSettings().value(kLastImportDirKey, QStandardPaths::writableLocation(
                                                                   QStandardPaths::DocumentsLocation)).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), start, tr("Articles (*.txt *.md *.html *.htm);;All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(kLastImportDirKey, QFileInfo(files.first()).absolutePath());
    m_imports->start(files);
}

void MainWindow::importFolder()
{
    const QString start = QSettings().value(kLastImportDirKey, QStandardPaths::writableLocation(
                                                                   QStandardPaths::DocumentsLocation)).toString();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), start);
    if (folder.isEmpty())
        return;
    QSettings().setValue(kLastImportDirKey, folder);
    m_imports->start({folder});
}

void MainWindow::exportBrief()
{
    if (!m_library)
        return;
    BriefDialog dialog(*m_library, m_libraryPane->currentArticleId(), this);
    connect(&dialog, &BriefDialog::written, this,
            [this](const QString &path) { showStatus(tr("Brief written to %1").arg(QDir::toNativeSeparators(path))); });
    dialog.exec();
}

QString MainWindow::aboutText(const QString &libraryPath)
{
    // The license and the credits are strings of their own, so that the description keeps its
    // translation when they change.
    return tr("<h3>Dokhae %1</h3><p>A research browser for following China's AI industry "
              "through the Korean press: import articles, search them in Korean, and read "
              "them closely.</p><p>Library: %2</p>")
               .arg(QApplication::applicationVersion(), libraryPath.toHtmlEscaped())
           + tr("<p>Dokhae is free software under the GNU General Public License, version 3 or any "
                "later version (GPL-3.0-or-later), and comes with no warranty.</p>")
           + tr("<p>Entity identifiers come from Wikidata (CC0). The sample articles belong to their "
                "authors and publishers. Built with Qt; see About Qt.</p>")
           + tr("<p>Names are also found by a tagger trained on KLUE-NER (KLUE benchmark, CC BY-SA 4.0) and on "
                "counts of annotated names from the konec corpus (CC BY-SA 4.0); the model file is a "
                "derivative of both and shares their license.</p>");
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Dokhae"), aboutText(m_options.libraryPath));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_imports->start(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_readerPane->rememberPlace();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_desk->retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // A first run: 1280×820, or the screen's free area when it is smaller (a 1280×800 laptop
        // leaves less than that under its panels), so nothing starts off screen.
        const QRect free = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 820);
        resize(std::min(1280, free.width()), std::min(820, free.height()));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({480, 800});
    if (!m_readerSplitter->restoreState(settings.value(QStringLiteral("window/readerSplitter")).toByteArray()))
        m_readerSplitter->setSizes({530, 270});
    if (!settings.contains(QStringLiteral("window/state")))
        resizeDocks({m_entityDock}, {300}, Qt::Horizontal);
    m_libraryPane->restoreHeaderState(settings.value(QStringLiteral("library/header")).toByteArray());
    m_figuresPane->restoreHeaderState(settings.value(QStringLiteral("figures/header")).toByteArray());
    m_chartsPane->restoreLayoutState(settings.value(QStringLiteral("charts/splitter")).toByteArray());
    m_articleTabs->setCurrentIndex(settings.value(QStringLiteral("window/articleTab"), 0).toInt());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/readerSplitter"), m_readerSplitter->saveState());
    settings.setValue(QStringLiteral("library/header"), m_libraryPane->saveHeaderState());
    settings.setValue(QStringLiteral("figures/header"), m_figuresPane->saveHeaderState());
    settings.setValue(QStringLiteral("charts/splitter"), m_chartsPane->saveLayoutState());
    settings.setValue(QStringLiteral("window/articleTab"), m_articleTabs->currentIndex());
}

} // namespace dokhae::gui
