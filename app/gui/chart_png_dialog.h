#pragma once

#include <QDialog>
#include <QSize>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace dokhae::gui {

// The size of an exported PNG: width and height in pixels of the layout, and a scale that
// multiplies both (2 gives a 3200 × 1800 file of a 1600 × 900 layout). The last choice is
// remembered for the next export.
class ChartPngDialog : public QDialog {
    Q_OBJECT

public:
    explicit ChartPngDialog(QWidget *parent = nullptr);

    QSize pixelSize() const;
    qreal scale() const;

    void accept() override;  // remembers the choice

private:
    void updateResult();

    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QLabel *m_result;
};

} // namespace dokhae::gui
