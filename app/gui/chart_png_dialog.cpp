#include "chart_png_dialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace dokhae::gui {

namespace {
const QString kWidthKey = QStringLiteral("charts/pngWidth");
const QString kHeightKey = QStringLiteral("charts/pngHeight");
const QString kScaleKey = QStringLiteral("charts/pngScale");
constexpr int kMaxSide = 16384;  // what the renderer draws at most, scale included
} // namespace

ChartPngDialog::ChartPngDialog(QWidget *parent)
    : QDialog(parent)
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("chartPngDialog"));
    setWindowTitle(tr("Export Chart as PNG"));
    m_width->setObjectName(QStringLiteral("pngWidthSpin"));
    m_height->setObjectName(QStringLiteral("pngHeightSpin"));
    m_scale->setObjectName(QStringLiteral("pngScaleSpin"));
    m_result->setObjectName(QStringLiteral("pngResultLabel"));
    const QSettings settings;
    for (QSpinBox *side : {m_width, m_height}) {
        side->setRange(100, kMaxSide);
        side->setSingleStep(100);
        side->setSuffix(tr(" px"));
    }
    m_width->setValue(settings.value(kWidthKey, 1600).toInt());
    m_height->setValue(settings.value(kHeightKey, 900).toInt());
    m_scale->setRange(0.5, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(1);
    m_scale->setPrefix(QStringLiteral("× "));
    m_scale->setValue(settings.value(kScaleKey, 1.0).toDouble());

    auto *form = new QFormLayout;
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Scale:"), m_scale);
    form->addRow(QString(), m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_width, &QSpinBox::valueChanged, this, &ChartPngDialog::updateResult);
    connect(m_height, &QSpinBox::valueChanged, this, &ChartPngDialog::updateResult);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ChartPngDialog::updateResult);
    updateResult();
}

QSize ChartPngDialog::pixelSize() const
{
    return {m_width->value(), m_height->value()};
}

qreal ChartPngDialog::scale() const
{
    return m_scale->value();
}

void ChartPngDialog::updateResult()
{
    const int width = int(std::lround(m_width->value() * m_scale->value()));
    const int height = int(std::lround(m_height->value() * m_scale->value()));
    const bool fits = width <= kMaxSide && height <= kMaxSide;
    m_result->setText(fits ? tr("The file will be %1 × %2 pixels.").arg(width).arg(height)
                           : tr("Too large: at most %1 pixels a side.").arg(kMaxSide));
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(fits);
}

void ChartPngDialog::accept()
{
    QSettings settings;
    settings.setValue(kWidthKey, m_width->value());
    settings.setValue(kHeightKey, m_height->value());
    settings.setValue(kScaleKey, m_scale->value());
    QDialog::accept();
}

} // namespace dokhae::gui
