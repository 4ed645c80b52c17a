#pragma once

#include "claims/claim_filter.h"
#include "claims/claim_flags.h"
#include "claims/subject_names.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QPushButton;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeView;

namespace dokhae::store {
class Library;
}

namespace dokhae::gui {

class ClaimTreeModel;

// The claims across sources: what several articles quote for the same subject, measure and
// year, side by side, and where they disagree. Filters by entity (any of its names), measure,
// year and flagged; the threshold for values is the analyst's. Activating an article's row asks
// for its sentence to be opened.
class ClaimsPane : public QWidget {
    Q_OBJECT

public:
    explicit ClaimsPane(QWidget *parent = nullptr);

    // Reads the library's claims now, on this thread, and again on reload() and on a change of
    // threshold or language; nullptr empties the pane. The library must outlive the pane or be
    // replaced first.
    void setLibrary(const store::Library *library);
    void reload();
    // Claims read elsewhere (on a worker's own Library: claims::libraryClaims with options(), and
    // claims::librarySubjects), since a large library takes seconds (2,000 articles: 2.8 s). Without
    // a library set, a change of threshold or language then asks for them again (optionsChanged).
    void setClaims(QList<claims::ClaimGroup> groups, claims::SubjectNames subjects);
    claims::ClaimOptions options() const { return m_options; }

    // "ko" or "en": values, dates and subjects; the flags' reasons are found again in it.
    void setLanguage(const QString &language);

    void setFilter(const claims::ClaimFilter &filter);  // shows it in the filter fields too
    claims::ClaimFilter filter() const;
    void setThreshold(double fraction);                 // 0.05 is 5%
    double threshold() const;

    ClaimTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

signals:
    // An article's row was activated: open article `articleId` at its sentence [start, end)
    // (UTF-16 offsets into its reading text).
    void sentenceRequested(qint64 articleId, qsizetype start, qsizetype end);
    void message(const QString &text);  // for the status bar
    // Chart Sources: the chosen claim's quotations side by side (claims::comparisonChart).
    void chartRequested(const dokhae::claims::ClaimGroup &group);
    // The threshold or the language changed and no library is set: read the claims again with options().
    void optionsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter();
    void activate(const QModelIndex &index);
    void requestChart();

    const store::Library *m_library = nullptr;
    QList<claims::ClaimGroup> m_all;
    std::optional<claims::SubjectNames> m_subjects;
    claims::ClaimOptions m_options;

    QLabel *m_entityLabel = nullptr;
    QLineEdit *m_entity = nullptr;
    QLabel *m_measureLabel = nullptr;
    QLineEdit *m_measure = nullptr;
    QLabel *m_yearLabel = nullptr;
    QSpinBox *m_year = nullptr;
    QCheckBox *m_flagged = nullptr;
    QCheckBox *m_singleSource = nullptr;
    QPushButton *m_chart = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QLabel *m_status = nullptr;
    QTreeView *m_view = nullptr;
    ClaimTreeModel *m_model = nullptr;
};

} // namespace dokhae::gui
