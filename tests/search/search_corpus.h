#pragma once

// A library for the search suites: the four seeds and some generated articles (tests/corpus),
// imported as the application imports them, with what each hit's snippet would be made from.

#include "corpus_generator.h"
#include "import/importer.h"
#include "store/library.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace dokhae::testing {

// A spread of queries: one, two and three letters, particles attached, Latin words, two words,
// names with other names in the catalog, a quoted phrase, and words no text holds.
inline const QStringList kSearchQueries{
    u"칩"_qs,         u"중국"_qs,     u"특허"_qs,       u"투자"_qs,           u"딥시크"_qs,     u"반도체"_qs,
    u"알리바바"_qs,   u"화웨이"_qs,   u"알리바바는"_qs, u"딥시크의"_qs,       u"중국이"_qs,     u"반도체를"_qs,
    u"GPU"_qs,        u"Qwen"_qs,     u"AI"_qs,         u"MoE"_qs,            u"중국 반도체"_qs, u"엔비디아 GPU"_qs,
    u"딥시크 모델"_qs, u"AI 투자"_qs, u"엔비디아"_qs,   u"Nvidia"_qs,         u"Alibaba"_qs,     u"\"인공지능 반도체\""_qs,
    u"중국 시장 점유율"_qs, u"\"중국 AI\""_qs, u"\"AI 반도체\""_qs, u"\"반도체 수출\""_qs, u"\"알리바바의\""_qs,
    u"공개했다"_qs,   u"1위"_qs,     u"없는낱말"_qs};

// Texts made of a few letters, words and marks drawn at random (the same for every run), so that
// hits overlap, touch, cross a snippet's edges and start sentences far more often than in prose.
inline QString crowdedText(QRandomGenerator &random, int pieces)
{
    static const QStringList kPieces{u"중"_qs, u"국"_qs, u"산"_qs, u"반"_qs, u"도"_qs, u"체"_qs, u"의"_qs, u"가"_qs,
                                     u" "_qs,  u" "_qs,  u". "_qs, u": "_qs, u"\n"_qs, u"AI"_qs, u"ＡＩ"_qs, u"ai"_qs,
                                     u"😀"_qs, u"中"_qs, u"GPU-4"_qs, u"(중국)"_qs};
    QString text;
    for (int i = 0; i < pieces; ++i)
        text += kPieces[random.bounded(static_cast<int>(kPieces.size()))];
    return text;
}

inline const QStringList kCrowdedQueries{u"중국"_qs, u"국산"_qs, u"중국 국산"_qs, u"반도체"_qs, u"도체의"_qs, u"AI"_qs,
                                  u"중 국"_qs, u"가가"_qs, u"\"중국 반도체\""_qs, u"中 AI"_qs, u"GPU"_qs, u"\"GPU 4\""_qs,
                                  u"국 산 가"_qs, u"의"_qs};

struct StoredText {
    QString title;
    QString text;
};

class SearchCorpus {
public:
    // Imports the seeds and `generated` articles of the corpus of `seed`.
    bool build(int generated, QString *error, quint32 seed = 1)
    {
        if (!m_dir.isValid() || !m_library.open(m_dir.filePath(u"search.sqlite"_qs))) {
            *error = m_library.lastError();
            return false;
        }
        const QString corpus = m_dir.filePath(u"corpus"_qs);
        if (generated > 0 && corpus::writeCorpus(corpus, generated, seed, error) < 0)
            return false;
        import::Importer importer(m_library);
        QStringList paths{QStringLiteral(DOKHAE_SEEDS_DIR)};
        if (generated > 0)
            paths << corpus;
        importer.run(paths);
        return true;
    }

    store::Library &library() { return m_library; }

    // Adds an article written by the test; its id, or 0.
    qint64 add(const QString &key, const QString &title, const QString &text)
    {
        import::ParsedArticle article;
        article.meta.title = title;
        article.meta.source = u"테스트일보"_qs;
        article.text = text;
        article.encoding = u"UTF-8"_qs;
        article.sourceFile = u"/fixtures/"_qs + key + u".txt"_qs;
        const auto outcome = m_library.addArticle(article);
        return outcome ? outcome->articleId : 0;
    }

    // The title and text the search index holds for an article.
    StoredText stored(qint64 articleId)
    {
        QSqlQuery query(m_library.connection());
        query.prepare(u"SELECT r.title, r.text FROM articles a JOIN revisions r ON r.id = a.current_revision WHERE a.id = ?"_qs);
        query.addBindValue(articleId);
        if (!query.exec() || !query.next())
            return {};
        return {query.value(0).toString(), query.value(1).toString()};
    }

    QList<qint64> articleIds()
    {
        QList<qint64> ids;
        QSqlQuery query(u"SELECT id FROM articles ORDER BY id"_qs, m_library.connection());
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    }

private:
    QTemporaryDir m_dir;
    store::Library m_library;
};

} // namespace dokhae::testing
