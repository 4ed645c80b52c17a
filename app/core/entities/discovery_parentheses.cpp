#include "entities/covered_spans.h"
#include "entities/discovery_lexicon.h"
#include "entities/discovery_rules.h"
#include "entities/korean_particles.h"
#include "entities/name_key.h"

#include <QRegularExpression>

namespace dokhae::entities::discovery {

namespace {

constexpr qsizetype maxInnerLength = 80;
constexpr int maxNameWords = 5;

enum class Script { Latin, Han, Hangul, Other };

Script scriptOf(QStringView text)
{
    bool latin = false, han = false, hangul = false;
    for (QChar c : text) {
        if (isLatinLetter(c))
            latin = true;
        else if (isHan(c))
            han = true;
        else if (isHangulSyllable(c))
            hangul = true;
        else if (!c.isDigit() && !c.isSpace() && !QStringView(u"-.&'+").contains(c))
            return Script::Other;
    }
    if (hangul)
        return latin || han ? Script::Other : Script::Hangul;
    if (han)
        return latin ? Script::Other : Script::Han;
    return latin ? Script::Latin : Script::Other;
}

bool isAllCapsAcronym(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9&]{1,7}$"));
    return pattern.match(text).hasMatch();
}

// DeepSeek, John Thornhill, Artificial Intelligence Index Report 2025 — but not the lowercase
// glosses of common nouns (technological murder, open-weight model, AI literacy program).
bool looksLikeProperName(QStringView latin)
{
    static const QStringList functionWords = {QStringLiteral("of"), QStringLiteral("and"), QStringLiteral("the"), QStringLiteral("for"), QStringLiteral("in"),
                                              QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("de"), QStringLiteral("to")};
    bool capital = false;
    for (QStringView word : latin.split(u' ', Qt::SkipEmptyParts)) {
        if (functionWords.contains(word.toString()))
            continue;
        if (word.front().isUpper())
            capital = true;
        else if (!word.front().isDigit())
            return false;
    }
    return capital && !lexicon::isGenericAcronym(latin);
}

bool looksLikePersonName(QStringView latin, int koreanWords)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][a-z]+( [A-Z][a-z]+){1,2}$"));
    return koreanWords >= 2 && pattern.match(latin).hasMatch();
}

// 전인대 for 전국인민대표대회: the short form's syllables appear in order in the long one.
bool isAbbreviationOf(QStringView shortForm, QStringView longForm)
{
    if (!isAllHangul(shortForm) || shortForm.size() < 2 || longForm.size() < shortForm.size() + 2
        || shortForm.front() != longForm.front())
        return false;
    qsizetype position = 0;
    for (QChar c : shortForm) {
        position = longForm.indexOf(c, position);
        if (position < 0)
            return false;
        ++position;
    }
    return true;
}

struct Originals {
    QStringList latin;
    QStringList han;
    QStringList hangul;
    bool labelled = false;
};

Originals readOriginals(QStringView inner)
{
    Originals originals;
    static const QRegularExpression separators(QStringLiteral("[,·、;]"));
    for (const QString &part : inner.toString().split(separators, Qt::SkipEmptyParts)) {
        QStringView alternative = QStringView(part).trimmed();
        const QStringView label = lexicon::originalNameLabel(alternative);
        if (!label.isEmpty()) {
            originals.labelled = true;
            alternative = alternative.mid(label.size()).trimmed();
        }
        switch (scriptOf(alternative)) {
        case Script::Latin: originals.latin.append(alternative.toString()); break;
        case Script::Han: originals.han.append(alternative.toString()); break;
        case Script::Hangul: originals.hangul.append(alternative.toString()); break;
        case Script::Other: break;
        }
    }
    return originals;
}

// The Korean words before the parenthesis that the original translates. Stops at line breaks,
// punctuation, stop words and words carrying particles; a leading version token (V3 in
// 딥시크 V3(DeepSeek-V3)) pulls in the word before it.
qsizetype koreanSideStart(const Input &input, qsizetype last, int wantedWords)
{
    qsizetype first = last;
    int taken = 1;
    while (first > 0 && !input.words.at(first).punctuationBefore()) {
        const bool needVersionHead = lexicon::isVersionToken(input.words.at(first).core);
        if (taken >= wantedWords && !needVersionHead)
            break;
        const Word &previous = input.words.at(first - 1);
        if (!input.joinedToNext(first - 1) || previous.punctuationAfter() || !isNameLikeWord(previous.core))
            break;
        --first;
        ++taken;
    }
    // A leading classifier describes the name rather than belonging to it: 컨설팅업체 브라이트라인파트너스.
    while (first < last && lexicon::classNounType(input.words.at(first).core))
        ++first;
    return first;
}

std::optional<EntityType> typeFromEvidence(const Input &input, qsizetype firstWord, qsizetype closeWord,
                                           QStringView nameKo, const Originals &originals, QStringView after)
{
    if (lexicon::isPlaceKindSuffix(after))
        return EntityType::Place;
    // The head noun decides: 보고서 in AI 인덱스 보고서 2025, not the year after it.
    const QList<QStringView> parts = QStringView(nameKo).split(u' ', Qt::SkipEmptyParts);
    QStringView head;
    for (auto part = parts.crbegin(); part != parts.crend() && head.isEmpty(); ++part) {
        if (!lexicon::isVersionToken(*part))
            head = *part;
    }
    if (!head.isEmpty()) {
        if (const auto type = lexicon::classNounType(head))
            return type;
        if (!lexicon::organizationSuffix(head).isEmpty())
            return EntityType::Organization;
    }
    const QStringView lastPart = parts.isEmpty() ? QStringView() : parts.back();
    for (const QString &han : originals.han) {
        if (const auto type = lexicon::hanziSuffixType(han))
            return type;
    }
    const bool titleBefore = firstWord > 0 && lexicon::isPersonTitle(input.words.at(firstWord - 1).core);
    const bool titleAfter = closeWord + 1 < input.words.size() && input.joinedToNext(closeWord)
                            && lexicon::isPersonTitle(input.words.at(closeWord + 1).core);
    if (titleBefore || titleAfter)
        return EntityType::Person;
    for (const QString &han : originals.han) {
        if (han.size() >= 2 && han.size() <= 3 && lexicon::isChineseSurname(han.front()))
            return EntityType::Person;
    }
    const bool versioned = std::any_of(originals.latin.cbegin(), originals.latin.cend(), [](const QString &latin) {
        return lexicon::isVersionToken(QStringView(latin).mid(latin.lastIndexOf(u' ') + 1));
    });
    if ((!lastPart.isEmpty() && lexicon::isVersionToken(lastPart)) || versioned)
        return EntityType::Product;
    if (const auto type = input.classBefore(firstWord))
        return type;
    // A classifier after the parenthesis describes the name only when no particle ends the name
    // first: ‘어센드(Ascend)’ AI 칩셋, but not 제프리 딩(Jeffrey Ding)은 저서.
    const bool particleAfter = std::any_of(after.cbegin(), after.cend(), isHangulSyllable);
    if (const auto type = particleAfter ? std::nullopt : input.classAfter(closeWord + 1))
        return type;
    const int koreanWords = int(nameKo.count(u' ')) + 1;
    for (const QString &latin : originals.latin) {
        if (looksLikePersonName(latin, koreanWords))
            return EntityType::Person;
    }
    if (originals.labelled || !originals.latin.isEmpty())
        return EntityType::Organization; // most names Korean news glosses this way are companies
    // 베이징 이좡(亦庄): a district after a city the catalog knows.
    if (firstWord > 0 && input.joinedToNext(firstWord - 1)
        && input.knownType(input.words.at(firstWord - 1).core) == EntityType::Place)
        return EntityType::Place;
    return std::nullopt; // a Hanzi gloss of a common word: 의수(義手)
}

} // namespace

void findParenthesized(const Input &input, QList<DiscoveredName> &found)
{
    const QString &text = input.text;
    // Inside a work's brackets: strictly after the opening bracket.
    CoveredSpans insideBrackets;
    for (const DiscoveredName &name : std::as_const(found)) {
        if (name.rule == u"brackets")
            insideBrackets.add(name.start + 1, name.end);
    }
    for (qsizetype open = text.indexOf(u'('); open > 0; open = text.indexOf(u'(', open + 1)) {
        // Only the reach of an original is read: a search to the text's end for each parenthesis
        // made a long line of parentheses quadratic.
        const QStringView reach = QStringView(text).mid(open, maxInnerLength + 1);
        const qsizetype closeAt = reach.indexOf(u')');
        if (closeAt < 0 || reach.first(closeAt).contains(u'\n') || !isWordChar(text.at(open - 1)))
            continue;
        const qsizetype close = open + closeAt;
        if (insideBrackets.covers(open))
            continue; // 《기술과 강대국의 부상(…)》: the brackets already named the work
        const qsizetype lastWord = wordAt(input.words, open - 1);
        if (lastWord < 0 || input.words.at(lastWord).coreEnd != open)
            continue;
        const QStringView inner = QStringView(text).mid(open + 1, close - open - 1).trimmed();
        if (inner.contains(u'('))
            continue;
        Originals originals = readOriginals(inner);

        // An acronym may stand for a long name whose suffix is a word of its own: 스탠포드 인간 중심 AI
        // 연구소(HAI). A glued name (한국과학기술원(KAIST)) is complete; the word before it is not part of it.
        const bool detachedSuffix = lexicon::isDetachedOrganizationSuffix(input.words.at(lastWord).core);
        int wantedWords = 1;
        for (const QString &latin : std::as_const(originals.latin))
            wantedWords = std::max(wantedWords, isAllCapsAcronym(latin) ? (detachedSuffix ? maxNameWords : 1) : int(latin.count(u' ')) + 1);
        const qsizetype firstWord = koreanSideStart(input, lastWord, std::min(wantedWords, maxNameWords));
        const qsizetype nameStart = input.words.at(firstWord).coreStart;
        QString nameKo = text.mid(nameStart, open - nameStart);
        // No particle comes between a name and its parenthesis, so the last word is not tested for one:
        // 왕리나(王丽娜) ends in 나 and is still a name.
        const QString lastPart = nameKo.section(u' ', -1);
        if (lexicon::isStopWord(lastPart) || lexicon::isPersonTitle(lastPart) || lexicon::hasModifierEnding(lastPart)
            || hangulSyllableCount(nameKo) == 0)
            nameKo.clear();

        // What follows the parenthesis: 성 in 저장(浙江)성, a version in ‘라마(Lama) 2’, or the rest of
        // a quoted term (‘피지컬(Physical) AI’), which makes the original a gloss of a common word.
        const qsizetype closeWord = wordAt(input.words, close);
        QStringView after;
        bool spanIsMention = false;
        if (closeWord >= 0 && input.words.at(closeWord).end > close + 1)
            after = QStringView(text).mid(close + 1, input.words.at(closeWord).end - close - 1);
        if (closeWord >= 0 && input.words.at(closeWord).end == close + 1 && input.joinedToNext(closeWord)
            && closeWord + 1 < input.words.size()) {
            const Word &next = input.words.at(closeWord + 1);
            const bool closesQuote = next.end > next.coreEnd && QStringView(u"’'”").contains(text.at(next.coreEnd));
            if (closesQuote && lexicon::isVersionToken(next.core)) {
                nameKo += u' ' + next.core;
                for (QString &latin : originals.latin)
                    latin += u' ' + next.core;
                spanIsMention = true; // ‘라마(Lama) 2’: the name is split, so the span itself is the mention
            } else if (closesQuote) {
                continue;
            }
        }

        // A Korean gloss beside the original (휴머노이드(Humanoid·인간형 로봇)) explains a term.
        const bool glossed = std::any_of(originals.hangul.cbegin(), originals.hangul.cend(), [&](const QString &hangul) {
            return !originals.labelled && !isAbbreviationOf(hangul, nameKo);
        });
        if (glossed)
            continue;
        QStringList accepted;
        for (const QString &latin : std::as_const(originals.latin)) {
            const bool acronymOfOrganization = isAllCapsAcronym(latin) && !nameKo.isEmpty()
                                               && (!lexicon::organizationSuffix(nameKo).isEmpty() || detachedSuffix
                                                   || input.isKnownName(nameKo));
            if (acronymOfOrganization || (!isAllCapsAcronym(latin) && looksLikeProperName(latin)))
                accepted.append(latin);
        }
        for (const QString &han : std::as_const(originals.han)) {
            if (han.size() >= 2 && han.size() <= 8)
                accepted.append(han);
        }
        for (const QString &hangul : std::as_const(originals.hangul)) {
            if (originals.labelled || isAbbreviationOf(hangul, nameKo))
                accepted.append(hangul);
        }
        if (accepted.isEmpty() || (nameKo.isEmpty() && originals.latin.isEmpty()))
            continue;
        const bool onlyHan = originals.latin.isEmpty() && originals.hangul.isEmpty();
        if (nameKo.isEmpty() && onlyHan)
            continue;
        const auto type = typeFromEvidence(input, firstWord, std::max(closeWord, lastWord), nameKo, originals, after);
        const bool abbreviation = !originals.hangul.isEmpty() && !originals.labelled;
        if (!type && !abbreviation)
            continue;
        DiscoveredName name{type.value_or(EntityType::Organization), nameKo, accepted,
                            nameKo.isEmpty() ? open + 1 : nameStart, close + 1, QStringLiteral("parenthesis")};
        if (spanIsMention) {
            name.end = input.words.at(closeWord + 1).coreEnd;
            name.spanIsMention = true;
        }
        found.append(name);
    }
}

} // namespace dokhae::entities::discovery
