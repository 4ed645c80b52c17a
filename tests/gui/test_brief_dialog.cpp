// File ▸ Export Brief… (gui/brief_dialog.h): the article being read is ticked first, a tag
// chooses the articles its notes carry, and the brief is written in the chosen format.
#include "brief_dialog.h"
#include "import/importer.h"
#include "store/annotation_store.h"
#include "store/library.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dokhae;

class TestBriefDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    store::Library m_library;
    QList<qint64> m_ids;

private slots:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // settings apart from the user's
        QVERIFY(m_folder.isValid());
        QVERIFY(m_library.open(m_folder.filePath(QStringLiteral("seeds.sqlite"))));
        QVERIFY(import::Importer(m_library).run({QStringLiteral(DOKHAE_SEEDS_DIR)}).allImported());
        for (const ArticleSummary &summary : m_library.articles())
            m_ids << summary.id;
        QVERIFY(store::AnnotationStore(m_library).create(m_ids[2], 0, 12, QStringLiteral("yellow"), QStringLiteral("확인할 것"),
                                                          {QStringLiteral("보고서")}));
    }

    void currentArticleTickedFirst()
    {
        gui::BriefDialog dialog(m_library, m_ids[1], nullptr);
        QCOMPARE(dialog.chosenArticles(), QList<qint64>{m_ids[1]});
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("briefArticles"));
        QVERIFY(list);
        QCOMPARE(list->count(), m_ids.size());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        list->item(1)->setCheckState(Qt::Unchecked);
        QVERIFY(!ok->isEnabled());  // nothing chosen, nothing to export
        list->item(3)->setCheckState(Qt::Checked);
        list->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(dialog.chosenArticles(), (QList<qint64>{m_ids[0], m_ids[3]}));
    }

    void byTagAsHtml()
    {
        gui::BriefDialog dialog(m_library, 0, nullptr);
        const QList<QRadioButton *> choices = dialog.findChildren<QRadioButton *>();
        QCOMPARE(choices.size(), 2);
        QVERIFY(choices[1]->isEnabled());
        choices[1]->setChecked(true);
        QCOMPARE(dialog.chosenTag(), QStringLiteral("보고서"));
        QCOMPARE(dialog.chosenArticles(), QList<qint64>{m_ids[2]});
        dialog.findChild<QComboBox *>(QStringLiteral("briefFormat"))->setCurrentIndex(1);  // HTML
        QVERIFY(!dialog.asPdf());
        QString error;
        const QString path = m_folder.filePath(QStringLiteral("tagged.html"));
        QVERIFY2(dialog.writeTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("확인할 것")));
        QVERIFY(html.contains(QStringLiteral("보고서")));
    }
};

QTEST_MAIN(TestBriefDialog)
#include "test_brief_dialog.moc"
