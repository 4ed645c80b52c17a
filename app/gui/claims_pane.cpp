#include "claims_pane.h"

#include "claim_tree_model.h"
#include "claims/library_claims.h"
#include "store/library.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPoint>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace dokhae::gui {

ClaimsPane::ClaimsPane(QWidget *parent)
    : QWidget(parent)
    , m_entityLabel(new QLabel(this))
    , m_entity(new QLineEdit(this))
    , m_measureLabel(new QLabel(this))
    , m_measure(new QLineEdit(this))
    , m_yearLabel(new QLabel(this))
    , m_year(new QSpinBox(this))
    , m_flagged(new QCheckBox(this))
    , m_singleSource(new QCheckBox(this))
    , m_chart(new QPushButton(this))
    , m_thresholdLabel(new QLabel(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_status(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new ClaimTreeModel(this))
{
    m_entity->setClearButtonEnabled(true);
    m_measure->setClearButtonEnabled(true);
    m_entityLabel->setBuddy(m_entity);
    m_measureLabel->setBuddy(m_measure);
    m_yearLabel->setBuddy(m_year);
    m_thresholdLabel->setBuddy(m_threshold);
    // The lowest value stands for "any year" (its special value text).
    m_year->setRange(0, 2100);
    m_threshold->setRange(0, 100);
    m_threshold->setDecimals(1);
    m_threshold->setSingleStep(1);
    m_threshold->setSuffix(QStringLiteral("%"));
    m_threshold->setValue(m_options.threshold * 100);

    auto *filters = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_entityLabel, m_entity, m_measureLabel, m_measure,
                                                            m_yearLabel, m_year, m_flagged, m_singleSource,
                                                            m_thresholdLabel, m_threshold})
        filters->addWidget(widget);
    filters->addStretch();
    filters->addWidget(m_chart);
    m_chart->setObjectName(QStringLiteral("chartSources"));

    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_entity, &QLineEdit::textChanged, this, &ClaimsPane::applyFilter);
    connect(m_measure, &QLineEdit::textChanged, this, &ClaimsPane::applyFilter);
    connect(m_year, &QSpinBox::valueChanged, this, &ClaimsPane::applyFilter);
    connect(m_flagged, &QCheckBox::toggled, this, &ClaimsPane::applyFilter);
    connect(m_singleSource, &QCheckBox::toggled, this, &ClaimsPane::applyFilter);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        m_options.threshold = percent / 100.0;
        reload();
    });
    connect(m_view, &QTreeView::activated, this, &ClaimsPane::activate);
    // A claim opened shows its outlets, dates and figures as written: room for them.
    connect(m_view, &QTreeView::expanded, this, [this] {
        for (int column = ClaimTreeModel::ClaimColumn; column < ClaimTreeModel::NoteColumn; ++column)
            m_view->resizeColumnToContents(column);
    });
    connect(m_chart, &QPushButton::clicked, this, &ClaimsPane::requestChart);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_chart->setEnabled(m_model->group(current) != nullptr); });
    m_chart->setEnabled(false);
    retranslateUi();
}

void ClaimsPane::setLibrary(const store::Library *library)
{
    m_library = library;
    reload();
}

void ClaimsPane::setClaims(QList<claims::ClaimGroup> groups, claims::SubjectNames subjects)
{
    m_all = std::move(groups);
    m_subjects.emplace(std::move(subjects));
    applyFilter();
}

void ClaimsPane::reload()
{
    if (!m_library && m_subjects) {
        emit optionsChanged();  // the claims came from setClaims: their reader reads them again
        return;
    }
    m_all.clear();
    m_subjects.reset();
    if (m_library && m_library->isOpen()) {
        QString error;
        if (auto groups = claims::libraryClaims(*m_library, m_options, &error)) {
            m_all = std::move(*groups);
            m_subjects.emplace(claims::librarySubjects(*m_library));
        } else {
            emit message(error);
        }
    }
    applyFilter();
}

void ClaimsPane::setLanguage(const QString &language)
{
    m_model->setLanguage(language);
    if (m_options.language != language) {
        m_options.language = language;
        reload();
    }
}

void ClaimsPane::setFilter(const claims::ClaimFilter &filter)
{
    const QSignalBlocker blockEntity(m_entity), blockMeasure(m_measure), blockYear(m_year), blockFlagged(m_flagged),
        blockSingle(m_singleSource);
    m_entity->setText(filter.entity);
    m_measure->setText(filter.measure);
    m_year->setValue(filter.year.value_or(m_year->minimum()));
    m_flagged->setChecked(filter.flaggedOnly);
    m_singleSource->setChecked(filter.minSources <= 1);
    applyFilter();
}

claims::ClaimFilter ClaimsPane::filter() const
{
    claims::ClaimFilter filter;
    filter.entity = m_entity->text();
    filter.measure = m_measure->text();
    if (m_year->value() != m_year->minimum())
        filter.year = m_year->value();
    filter.flaggedOnly = m_flagged->isChecked();
    filter.minSources = m_singleSource->isChecked() ? 1 : 2;
    return filter;
}

void ClaimsPane::setThreshold(double fraction)
{
    m_threshold->setValue(fraction * 100);  // reloads when it changes
}

double ClaimsPane::threshold() const
{
    return m_options.threshold;
}

void ClaimsPane::applyFilter()
{
    QList<claims::ClaimGroup> shown;
    if (m_subjects) {
        const claims::ClaimFilter current = filter();
        for (const claims::ClaimGroup &group : std::as_const(m_all)) {
            if (claims::matches(group, current, *m_subjects))
                shown.append(group);
        }
    }
    m_model->setGroups(shown);
    // Wide enough for "중국 · AI 민간 투자액 · 2023" and a range of dollars; the reasons take the rest.
    for (int column = ClaimTreeModel::ClaimColumn; column < ClaimTreeModel::NoteColumn; ++column)
        m_view->resizeColumnToContents(column);
    const auto flagged = std::count_if(shown.cbegin(), shown.cend(), [](const auto &g) { return g.isFlagged(); });
    m_status->setText(tr("%n claim(s) shown, %1 flagged", nullptr, int(shown.size())).arg(flagged));
}

void ClaimsPane::activate(const QModelIndex &index)
{
    if (const claims::ClaimMember *member = m_model->member(index))
        emit sentenceRequested(member->article.id, member->sentenceStart, member->sentenceStart + member->sentence.size());
    else if (index.isValid())
        m_view->setExpanded(index.siblingAtColumn(0), !m_view->isExpanded(index.siblingAtColumn(0)));
}

void ClaimsPane::requestChart()
{
    if (const claims::ClaimGroup *group = m_model->group(m_view->currentIndex()))
        emit chartRequested(*group);
}

void ClaimsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClaimsPane::retranslateUi()
{
    m_entityLabel->setText(tr("&Entity:"));
    m_entity->setPlaceholderText(tr("any name, e.g. China or 중국"));
    m_measureLabel->setText(tr("&Measure:"));
    m_measure->setPlaceholderText(tr("e.g. 투자액"));
    m_yearLabel->setText(tr("&Year:"));
    m_year->setSpecialValueText(tr("any"));
    m_flagged->setText(tr("&Flagged only"));
    m_singleSource->setText(tr("&One source too"));
    m_singleSource->setToolTip(tr("Also list claims that only one article quotes"));
    m_thresholdLabel->setText(tr("&Threshold:"));
    m_threshold->setToolTip(tr("How far values of one claim may differ before it is flagged"));
    m_chart->setText(tr("&Chart Sources"));
    m_chart->setToolTip(tr("A chart of the chosen claim's sources side by side, each bar labelled by its outlet"));
    applyFilter();
}

} // namespace dokhae::gui
