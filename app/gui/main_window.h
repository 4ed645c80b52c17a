#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QToolBar;
class QUndoStack;

namespace dokhae::store {
class Library;
}

namespace dokhae::gui {

class DeskDocks;

class AnnotationsPane;
class ChartsPane;
class EntityDock;
class FigureRefresher;
class FiguresPane;
class ImportController;
class LibraryOpener;
class LibraryPane;
class ReaderPane;
class ReadingPlaces;
class ConnectionWatch;
class TeamUpdates;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    struct Options {
        QString libraryPath;  // a library file, or a team library's postgresql:// location
        QString seedsDir;     // imported on first run into an empty library; empty for none
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the library; on failure explains why in a message box and returns false, leaving
    // the file untouched. On a first run with an empty library the seeds are imported.
    bool openLibrary();
    // Another library (File ▸ Open …) in a window of its own; true when it opened.
    static bool openWindowOn(const QString &location);
    // Follows a dokhae://annotation/ID link (from an exported Markdown file, say).
    bool openLink(const QString &link);
    // What Help ▸ About says (rich text): the version, the license, credits for shipped data,
    // and which library is open.
    static QString aboutText(const QString &libraryPath);

public slots:
    void importFiles();
    void importFolder();
    void exportBrief();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateCountLabel();
    void updateUndoTexts();
    void stepEntityOrFind(bool forward);
    void wireCharts();
    void wireAnnotations();
    // Shows an article chosen elsewhere (an entity's, a chart point's, a note's), the library list
    // following, so that list and reader never disagree.
    void openArticle(qint64 articleId);
    void showStatus(const QString &text);
    void restoreLayout();
    void saveLayout() const;

    Options m_options;
    std::unique_ptr<store::Library> m_library;
    QSplitter *m_splitter;
    LibraryPane *m_libraryPane;
    QSplitter *m_readerSplitter;  // the article over the tabs about it
    ReaderPane *m_readerPane;
    QTabWidget *m_articleTabs;
    FiguresPane *m_figuresPane;
    ChartsPane *m_chartsPane;
    AnnotationsPane *m_annotationsPane;
    EntityDock *m_entityDock;
    QUndoStack *m_undoStack;  // the analyst's corrections of the library
    ImportController *m_imports;
    FigureRefresher *m_figureRefresher;  // reads figures of articles stored before they were kept
    QLabel *m_countLabel;
    std::unique_ptr<ReadingPlaces> m_places;
    LibraryOpener *m_opener = nullptr;
    TeamUpdates *m_teamUpdates = nullptr;  // a team library's changes by others, shown as they come
    ConnectionWatch *m_connectionWatch = nullptr;  // a team library's server going away and coming back
    QLabel *m_connectionLabel = nullptr;  // says so while it is away, or notes wait to be sent
    QToolBar *m_annotateBar = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_chartMenu = nullptr;
    QMenu *m_notesMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_exportBriefAction = nullptr;
    DeskDocks *m_desk = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_focusSearchAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace dokhae::gui
