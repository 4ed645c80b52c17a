#include "corpus_generator.h"

#include "corpus_material.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QLocale>

namespace dokhae::corpus {

namespace {

// Whether a word read aloud ends in a consonant, which decides 은/는, 이/가, 을/를, 과/와, 으로/로.
// Latin letters and digits are read by their Korean names (엘, 엠, 엔, 알; 영, 일, 삼, 육, 칠, 팔).
int finalConsonant(const QString &word)
{
    if (word.isEmpty())
        return 0;
    const char16_t last = word.back().unicode();
    if (last >= 0xAC00 && last <= 0xD7A3)
        return (last - 0xAC00) % 28;  // 0: none, 8: ㄹ
    if (QStringView(u"LMNRlmnr0136780").contains(QChar(last)))
        return last == u'L' || last == u'l' || last == u'1' || last == u'7' || last == u'8' ? 8 : 1;
    return 0;
}

QString withParticle(const QString &word, const QString &particle)
{
    static const QHash<QString, QString> afterVowel{
        {u"은"_qs, u"는"_qs}, {u"이"_qs, u"가"_qs}, {u"을"_qs, u"를"_qs}, {u"과"_qs, u"와"_qs}, {u"으로"_qs, u"로"_qs}};
    const int consonant = finalConsonant(word);
    const auto vowelForm = afterVowel.constFind(particle);
    if (vowelForm == afterVowel.cend())
        return word + particle;
    // ㄹ takes 로, as a vowel does.
    const bool vowelLike = consonant == 0 || (consonant == 8 && particle == u"으로"_qs);
    return word + (vowelLike ? *vowelForm : particle);
}

QString thousands(qint64 number)
{
    static const QLocale c = [] {
        QLocale locale = QLocale::c();
        locale.setNumberOptions(QLocale::DefaultNumberOptions);  // C locale omits group separators
        return locale;
    }();
    return c.toString(number);
}

// An amount given in units of 만, written as the Korean press does: "1조 2,300억 원", "77억 6,000만 달러".
QString koreanAmount(qint64 man, const QString &currency)
{
    QStringList parts;
    if (const qint64 jo = man / 100'000'000; jo > 0)
        parts << thousands(jo) + u"조"_qs;
    if (const qint64 eok = man / 10'000 % 10'000; eok > 0)
        parts << thousands(eok) + u"억"_qs;
    if (const qint64 rest = man % 10'000; rest > 0)
        parts << thousands(rest) + u"만"_qs;
    return parts.join(u' ') + u' ' + currency;
}

} // namespace

QByteArray GeneratedArticle::fileBytes() const
{
    return (title + u"\n\n"_qs + header + u"\n\n\n"_qs + body + u'\n').toUtf8();
}

CorpusGenerator::CorpusGenerator(quint32 seed)
    : m_random(seed)
{
}

GeneratedArticle CorpusGenerator::next()
{
    GeneratedArticle article;
    article.fileName = QStringLiteral("article_%1.txt").arg(m_index, 6, 10, QChar(u'0'));
    article.title = uniqueTitle();
    article.header = header();
    QStringList paragraphs;
    const int count = 12 + static_cast<int>(m_random.bounded(12));
    for (int i = 0; i < count; ++i)
        paragraphs << paragraph();
    article.body = paragraphs.join(u"\n\n"_qs);
    ++m_index;
    return article;
}

QString CorpusGenerator::pick(const QStringList &choices)
{
    return choices.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(choices.size()))));
}

// Numbers make most titles differ already; a repeat is drawn again, and after many tries (which a
// corpus of a few hundred thousand never needs) numbered.
QString CorpusGenerator::uniqueTitle()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const QString title = sentence(pick(material::list(u"titles")));
        if (!m_titles.contains(title)) {
            m_titles.insert(title);
            return title;
        }
    }
    const QString numbered = sentence(pick(material::list(u"titles"))) + QStringLiteral(" (%1)").arg(m_index);
    m_titles.insert(numbered);
    return numbered;
}

// One of the credit styles the seeds have: a stamp and a reporter line, a "글 :" credit with the
// date, or a reporter line with its date.
QString CorpusGenerator::header()
{
    const QDateTime when(QDate(2019, 1, 1).addDays(m_random.bounded(2500)),
                         QTime(static_cast<int>(m_random.bounded(24)), static_cast<int>(m_random.bounded(60)),
                               static_cast<int>(m_random.bounded(60))));
    const QString reporter = pick(material::list(u"reporters"));
    switch (m_random.bounded(3)) {
    case 0:
        return when.toString(u"yyyy.MM.dd HH:mm:ss"_qs) + u"\n\n"_qs + reporter + u" 기자 reporter"_qs
               + QString::number(m_random.bounded(1000)) + u'@' + pick(material::list(u"mail-domains"));
    case 1:
        return u"글 : "_qs + reporter + u" / "_qs + pick(material::list(u"publishers")) + u' '
               + when.toString(u"yyyy-MM-dd"_qs);
    default:
        return reporter + u" 기자 | "_qs + when.toString(u"yyyy-MM-dd HH:mm"_qs);
    }
}

QString CorpusGenerator::paragraph()
{
    QStringList sentences;
    const int count = 3 + static_cast<int>(m_random.bounded(4));
    // One sentence in four with figures: about the density of figures in the seeds (one in 160
    // characters), which import time depends on.
    for (int i = 0; i < count; ++i) {
        const bool withFigures = m_random.bounded(4) == 0;
        sentences << sentence(pick(material::list(withFigures ? u"figures" : u"plain")));
    }
    return sentences.join(u' ');
}

// Fills "{slot}" and "{slot|particle}"; a slot named with a digit ("company2") draws from the same
// words as its base but never the value its base got in the same sentence.
QString CorpusGenerator::sentence(QStringView pattern)
{
    QString text;
    QHash<QString, QString> chosen;
    qsizetype at = 0;
    while (at < pattern.size()) {
        const qsizetype open = pattern.indexOf(u'{', at);
        if (open < 0) {
            text += pattern.mid(at);
            break;
        }
        const qsizetype close = pattern.indexOf(u'}', open);
        text += pattern.mid(at, open - at);
        const QStringView slot = pattern.mid(open + 1, close - open - 1);
        const qsizetype bar = slot.indexOf(u'|');
        const QString name = slot.left(bar < 0 ? slot.size() : bar).toString();
        QString base = name;
        while (!base.isEmpty() && base.back().isDigit())
            base.chop(1);
        QString value;
        for (int attempt = 0; attempt < 8 && (value.isEmpty() || (base != name && value == chosen.value(base))); ++attempt)
            value = slotValue(base);
        chosen.insert(name, value);
        text += bar < 0 ? value : withParticle(value, slot.mid(bar + 1).toString());
        at = close + 1;
    }
    return text;
}

QString CorpusGenerator::slotValue(QStringView slot)
{
    if (const QStringList &words = material::list(slot); !words.isEmpty())
        return pick(words);
    const auto between = [this](int low, int high) {
        return low + static_cast<qint64>(m_random.bounded(static_cast<quint32>(high - low + 1)));
    };
    if (slot == u"year")
        return QString::number(between(2019, 2027));
    if (slot == u"month")
        return QString::number(between(1, 12));
    if (slot == u"small")
        return QString::number(between(2, 30));
    if (slot == u"pct")
        return QString::number(static_cast<double>(between(5, 899)) / 10.0, 'f', 1);
    if (slot == u"rate")
        return QString::number(static_cast<double>(between(10, 45)) / 10.0, 'f', 2);
    if (slot == u"price")
        return QString::number(static_cast<double>(between(5, 4800)) / 10.0, 'f', 1);
    if (slot == u"count")
        return thousands(between(12, 9800) * (m_random.bounded(2) == 0 ? 1 : 10));
    if (slot == u"yuan")
        return koreanAmount(between(50, 99'000) * 10'000, u"위안"_qs);
    if (slot == u"won")
        return koreanAmount(between(100, 250'000) * 10'000, u"원"_qs);
    if (slot == u"dollar")
        return koreanAmount(between(1, 9'999) * 1'000, u"달러"_qs);
    return slot.toString();  // a slot the material lacks shows itself, so a test sees it
}

qint64 writeCorpus(const QString &folder, int count, quint32 seed, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create %1").arg(folder);
        return -1;
    }
    CorpusGenerator generator(seed);
    qint64 written = 0;
    for (int i = 0; i < count; ++i) {
        const GeneratedArticle article = generator.next();
        // A plain write: QSaveFile's sync to disk for each file made 20,000 articles take 43 s.
        QFile file(QDir(folder).filePath(article.fileName));
        const QByteArray bytes = article.fileBytes();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return -1;
        }
        written += bytes.size();
    }
    return written;
}

} // namespace dokhae::corpus
