#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QListWidget;
class QRadioButton;

namespace dokhae::store {
class Library;
}

namespace dokhae::gui {

// File ▸ Export Brief…: which articles (ticked in a list, the one being read ticked first, or those
// whose notes carry a tag) and which format (PDF or HTML); then where, and the brief is written in
// the interface language. A failed write says why and leaves the dialog open to try elsewhere.
class BriefDialog : public QDialog {
    Q_OBJECT

public:
    BriefDialog(const store::Library &library, qint64 currentArticleId, QWidget *parent = nullptr);

    QList<qint64> chosenArticles() const;  // by ticks or by tag, as chosen
    QString chosenTag() const;             // empty when chosen by ticks
    bool asPdf() const;
    // Writes the brief to `path` without asking (what accept() does after the file dialog; tests).
    bool writeTo(const QString &path, QString *error) const;

signals:
    void written(const QString &path);

public slots:
    void accept() override;

private:
    void updateEnabled();

    const store::Library &m_library;
    QRadioButton *m_byTick = nullptr;
    QRadioButton *m_byTag = nullptr;
    QListWidget *m_articles = nullptr;
    QComboBox *m_tags = nullptr;
    QComboBox *m_format = nullptr;
};

} // namespace dokhae::gui
