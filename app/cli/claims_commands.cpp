#include "claims_commands.h"

#include "article_source.h"
#include "claims/claim_filter.h"
#include "claims/library_claims.h"
#include "claims_json.h"
#include "cli_commands.h"
#include "json_output.h"
#include "store/library.h"

#include <QCoreApplication>

class CliClaims {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace dokhae::cli {

namespace {

// "5", "5%" or "2.5" -> 0.05, 0.025; nullopt for anything else.
std::optional<double> thresholdFraction(QString text)
{
    text = text.trimmed();
    if (text.endsWith(u'%'))
        text.chop(1);
    bool ok = false;
    const double percent = text.toDouble(&ok);
    if (!ok || percent < 0 || percent > 1000)
        return std::nullopt;
    return percent / 100.0;
}

void writeText(const claims::ClaimGroup &group, const QString &language, QTextStream &out)
{
    QStringList heading{group.subject(language), group.measure,
                        group.year ? QString::number(*group.year) : QStringLiteral("—"), group.unit};
    out << heading.join(QStringLiteral(" · ")) << '\t'
        << CliClaims::tr("%n source(s)", nullptr, group.sourceCount());
    if (group.isFlagged())
        out << '\t' << CliClaims::tr("flagged");
    out << Qt::endl;
    for (const claims::ClaimMember &member : group.members) {
        QString written = member.figure.text;
        if (member.conversion)
            written += QStringLiteral(" (%1)").arg(member.conversion->text);
        out << "    " << member.article.published.toString(Qt::ISODate) << '\t' << member.article.outlet << '\t'
            << written << '\t' << claims::displayNormalized(group, member.normalized, language) << '\t'
            << member.article.id << Qt::endl;
    }
    for (const claims::ClaimFlag &flag : group.flags)
        out << "    ! " << flag.reason << Qt::endl;
}

} // namespace

int claimsCommand(const ClaimsOptions &options, QTextStream &out, QTextStream &err)
{
    claims::ClaimOptions claimOptions;
    claimOptions.language = options.language;
    if (!options.threshold.isEmpty()) {
        const auto threshold = thresholdFraction(options.threshold);
        if (!threshold) {
            err << CliClaims::tr("claims: --threshold takes a percentage of 0 or more, such as 5 or 2.5%.") << Qt::endl;
            return ExitUsage;
        }
        claimOptions.threshold = *threshold;
    }
    claims::ClaimFilter filter;
    filter.entity = options.entity;
    filter.measure = options.measure;
    filter.flaggedOnly = options.flagged;
    filter.minSources = options.singleSource ? 1 : 2;
    if (!options.year.isEmpty()) {
        bool ok = false;
        filter.year = options.year.toInt(&ok);
        if (!ok) {
            err << CliClaims::tr("claims: --year takes a year, such as 2023.") << Qt::endl;
            return ExitUsage;
        }
    }
    store::Library library;
    if (!openExistingLibrary(library, options.dbPath, err))
        return ExitLibrary;
    QString error;
    const auto groups = claims::libraryClaims(library, claimOptions, &error);
    if (!groups) {
        err << error << Qt::endl;
        return ExitLibrary;
    }
    const claims::SubjectNames subjects = claims::librarySubjects(library);
    std::optional<JsonArrayWriter> array;
    if (options.json)
        array.emplace(out);
    for (const claims::ClaimGroup &group : *groups) {
        if (!claims::matches(group, filter, subjects))
            continue;
        if (array)
            array->add(claimGroupToJson(group, options.language));
        else
            writeText(group, options.language, out);
    }
    if (array) {
        array->finish();
        out << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace dokhae::cli
