#include "cli_commands.h"

#include "annotations_commands.h"
#include "article_source.h"
#include "brief_commands.h"
#include "charts_commands.h"
#include "claims_commands.h"
#include "copy_commands.h"
#include "entities_commands.h"
#include "figures_commands.h"
#include "import/importer.h"
#include "json_output.h"
#include "team_commands.h"
#include "timeline_commands.h"
#include "search/search_query.h"
#include "store/library.h"
#include "store/sqlite_dialect.h"
#include "util/app_paths.h"
#include "util/logging.h"
#include "util/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTranslator>

#include <spdlog/spdlog.h>

#include <optional>

#include <unistd.h>

// At global scope so that lupdate's context and the runtime context are both "Cli".
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace dokhae::cli {

namespace {

QString usage()
{
    return Cli::tr("Usage: dokhae-cli <command> [--db LIBRARY] [--json] [--verbose] [arguments]\n"
              "Commands:\n"
              "  import PATH...   import files and folders (.txt, .md, .html, .htm)\n"
              "  list             list the articles of the library\n"
              "  show ID          show one article with its reading text\n"
              "  search QUERY     full-text search, best match first (--limit N hits from the\n"
              "                   --offset N-th on; how many in all goes to standard error)\n"
              "  figures PATH     the figures of an article file (with --db: of article ID)\n"
              "  parse EXPR       read one Korean number expression\n"
              "  entities PATH    the entities an article file names (with --db: article ID)\n"
              "  entity NAME      one entity and the articles that mention it (needs --db)\n"
              "  charts           the library's charts, each point with its sentence (needs --db;\n"
              "                   --article ID for one article's)\n"
              "  export-chart ID  one chart as --png FILE, --svg FILE or --csv FILE (needs --db;\n"
              "                   --width W --height H in pixels, --scale S)\n"
              "  annotate ID      highlight --quote TEXT in article ID (needs --db; --note TEXT,\n"
              "                   --tag T (repeatable), --color NAME, --occurrence N when it recurs)\n"
              "  annotations      export the annotations (needs --db; --article ID for one article's;\n"
              "                   --format w3c|markdown|csv, --output FILE)\n"
              "  import-annotations FILE\n"
              "                   merge a W3C Web Annotation file into the library (needs --db)\n"
              "  check            read every page of the library and say whether it is intact\n"
              "  team-setup       make a team library on a PostgreSQL server with its roles (--db as\n"
              "                   the server's administrator; --reader, --analyst, --editor USER,\n"
              "                   each repeatable, give users their roles)\n"
              "Options:\n"
              "  --lang ko|en|system\n"
              "                   the language of messages, of this help and of displayed values and\n"
              "                   names (without it: messages in the system's, values in Korean)\n"
              "  --db LIBRARY     a library file, or a team library on a PostgreSQL server as\n"
              "                   postgresql://user@server/database (its password from ~/.pgpass)\n")
           // A text of its own, so that the help above keeps its translations until this one has its own.
           + Cli::tr("A brief to hand on:\n"
                     "  brief            the chosen articles with your highlights, notes and charts (needs\n"
                     "                   --db; --articles ID,ID or --tag TAG; --pdf FILE or --html FILE)\n")
           + Cli::tr("Copying a library:\n"
                     "  copy --from LIBRARY --to LIBRARY\n"
                     "                   copy a library into another, file or server, either way: articles\n"
                     "                   with every revision, annotations, charts, entity corrections; what\n"
                     "                   the target holds already is not copied again\n")
           + Cli::tr("Events in time order:\n"
                     "  timeline         the dated events the articles name, each with its sentence and\n"
                     "                   entities (needs --db; --entity NAME, --article ID to narrow)\n")
           + Cli::tr("Claims across sources:\n"
                     "  claims           the figures articles quote for the same claim, side by side, with\n"
                     "                   where they disagree (needs --db; --entity NAME, --measure TEXT,\n"
                     "                   --year Y, --flagged, --threshold PCT (default 5), --single-source)\n");
}

void writeJson(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void writeJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

// Opening reads every page only after an unclean close; this reads them now, whatever the last
// close was.
int checkCommand(store::Library &library, QTextStream &out, QTextStream &err)
{
    // A large library takes a while: how far it got, once a second after the first.
    QElapsedTimer clock;
    clock.start();
    qint64 shownAt = 0;
    library.setCheckProgress([&](qint64 read, qint64 pages) {
        if (pages > 0 && read < pages && clock.elapsed() - shownAt >= 1000) {
            shownAt = clock.elapsed();
            err << Cli::tr("Checking every page: %1%").arg(read * 100 / pages) << Qt::endl;
        }
        return true;
    });
    if (library.checkWholeFile() != store::Health::Ok) {
        err << library.lastError() << Qt::endl;
        return ExitLibrary;
    }
    out << Cli::tr("%1: every page was read; the library is intact.").arg(library.path()) << Qt::endl;
    return ExitOk;
}

QString statusWord(import::ImportStatus status)
{
    switch (status) {
    case import::ImportStatus::Added: return Cli::tr("added");
    case import::ImportStatus::NewRevision: return Cli::tr("new revision");
    case import::ImportStatus::Unchanged: return Cli::tr("unchanged");
    case import::ImportStatus::Refused: return Cli::tr("refused");
    case import::ImportStatus::Skipped: return Cli::tr("skipped");
    }
    return {};
}

int importCommand(store::Library &library, const QStringList &paths, QTextStream &out, QTextStream &err)
{
    if (paths.isEmpty()) {
        err << Cli::tr("import: name at least one file or folder.") << Qt::endl;
        return ExitUsage;
    }
    import::Importer importer(library);
    const import::ImportReport report = importer.run(paths);
    for (const import::FileOutcome &file : report.files) {
        if (file.status == import::ImportStatus::Refused) {
            err << file.message << Qt::endl;
            continue;
        }
        // A skipped file has no article: its id column stays empty.
        const QString id = file.status == import::ImportStatus::Skipped ? QString() : QString::number(file.articleId);
        out << statusWord(file.status) << '\t' << id << '\t' << QDir::toNativeSeparators(file.path) << Qt::endl;
    }
    QString summary = Cli::tr("%1 added, %2 new revisions, %3 unchanged, %4 refused")
                          .arg(report.count(import::ImportStatus::Added))
                          .arg(report.count(import::ImportStatus::NewRevision))
                          .arg(report.count(import::ImportStatus::Unchanged))
                          .arg(report.count(import::ImportStatus::Refused));
    if (const int skipped = report.count(import::ImportStatus::Skipped); skipped > 0)
        summary += Cli::tr(", %1 skipped").arg(skipped);
    out << summary << Qt::endl;
    if (!report.stoppedBy.isEmpty()) {
        // The reason was given once, on the line of the file it happened on.
        err << Cli::tr("Import stopped there: %n file(s) were not tried.", nullptr, report.notTried) << Qt::endl;
        return ExitLibrary;
    }
    return report.allImported() ? ExitOk : ExitSomeRefused;
}

// Row by row as the library gives them: a list of 100,000 articles is never held in memory.
int listCommand(const store::Library &library, bool json, QTextStream &out, QTextStream &err)
{
    std::optional<JsonArrayWriter> array;
    if (json)
        array.emplace(out);
    const bool read = library.forEachArticle([&](const ArticleSummary &summary) {
        if (array)
            array->add(summaryToJson(summary));
        else
            out << summary.id << '\t' << summary.meta.published.toString(Qt::ISODate) << '\t' << summary.meta.source
                << '\t' << summary.meta.title << '\n';
    });
    if (array) {
        array->finish();
        out << '\n';
    }
    out.flush();
    if (!read) {
        err << library.lastError() << Qt::endl;
        return ExitLibrary;
    }
    return ExitOk;
}

int showCommand(const store::Library &library, const QString &idText, bool json, QTextStream &out,
                QTextStream &err)
{
    bool isNumber = false;
    const qint64 id = idText.toLongLong(&isNumber);
    const std::optional<ArticleRecord> record = isNumber ? library.article(id) : std::nullopt;
    if (!record) {
        err << Cli::tr("No article with id %1 in %2.").arg(idText, library.path()) << Qt::endl;
        return ExitNotFound;
    }
    if (json) {
        writeJson(out, recordToJson(*record));
        return ExitOk;
    }
    const ArticleMetadata &meta = record->summary.meta;
    out << meta.title << Qt::endl;
    QStringList byline;
    for (const QString &part : {meta.author, meta.source, meta.published.toString(Qt::ISODate)}) {
        if (!part.isEmpty())
            byline << part;
    }
    out << byline.join(QStringLiteral(" · ")) << Qt::endl << Qt::endl << record->text << Qt::endl;
    return ExitOk;
}

struct SearchPageOptions {
    int limit = 200;
    int offset = 0;
};

// The hits go to standard output; how many there are in all goes to standard error, so that the
// output stays a list a script can read, and says when there are more than it shows.
int searchCommand(const store::Library &library, const QStringList &words, const SearchPageOptions &page, bool json,
                  QTextStream &out, QTextStream &err)
{
    const QString query = words.join(u' ');
    if (query.trimmed().isEmpty()) {
        err << Cli::tr("search: give a query.") << Qt::endl;
        return ExitUsage;
    }
    const store::Library::SearchPage found = library.searchPage(query, page.limit, page.offset);
    const QList<store::SearchHit> &hits = found.hits;
    const int total = found.total;
    if (page.offset + hits.size() < total || page.offset > 0)
        err << Cli::tr("Hits %1 to %2 of %3.").arg(std::min(page.offset + 1, total)).arg(page.offset + hits.size()).arg(total)
            << Qt::endl;
    if (json) {
        QJsonArray array;
        for (const store::SearchHit &hit : hits)
            array.append(searchHitToJson(hit));
        writeJson(out, array);
        return ExitOk;
    }
    for (const store::SearchHit &hit : hits) {
        out << hit.id << '\t' << QString::number(hit.score, 'g', 4) << '\t' << hit.title << Qt::endl << "    "
            << search::renderSnippet(hit.snippet, QStringLiteral("["), QStringLiteral("]"), false) << Qt::endl;
    }
    return ExitOk;
}

// The value of the last --lang (the one the parser keeps), read before the parser exists: its texts
// and the usage must already be in that language. nullopt without --lang.
std::optional<QString> langArgument(const QStringList &arguments)
{
    const QLatin1String joined("--lang=");
    std::optional<QString> value;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;  // the rest are positional arguments
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            value = arguments.at(++i);
        else if (argument.startsWith(joined))
            value = argument.mid(joined.size());
    }
    return value;
}

// The translators live as long as the application; without one (run() called bare) messages stay English.
void installTranslators(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    for (QTranslator *translator : i18n::makeTranslators(language, app))
        QCoreApplication::installTranslator(translator);
}

// Makes messages and help speak the language --lang asks for (the system's without --lang) and
// returns the language of displayed values and names: the asked one, or Korean without --lang, as
// before there were translations. nullopt, with a message, for a language that is not offered.
std::optional<QString> setUpLanguage(const QStringList &arguments, QTextStream &err)
{
    const std::optional<QString> asked = langArgument(arguments);
    const std::optional<QString> choice = i18n::parseLanguageChoice(asked.value_or(QString()));
    installTranslators(i18n::resolvedLanguage(choice.value_or(QStringLiteral("system"))));
    if (!choice) {
        err << Cli::tr("Unknown language “%1” for --lang: use ko, en or system.").arg(asked.value_or(QString()))
            << Qt::endl;
        return std::nullopt;
    }
    return asked ? i18n::resolvedLanguage(*choice) : QString::fromLatin1(i18n::kKorean);
}

// "-3.5%" is a number to `parse`, not an option: such arguments go after a "--", which ends the
// options, so that the parser takes them as they are; every other argument keeps its place, and
// so does the value of an option (--quote -3.5%).
QStringList withNegativeNumbersAsArguments(const QStringList &arguments)
{
    static const QRegularExpression negativeNumber(QStringLiteral("^-[0-9.,]"));
    static const QStringList flags{QStringLiteral("--json"), QStringLiteral("--verbose"), QStringLiteral("--help"),
                                   QStringLiteral("--flagged"), QStringLiteral("--single-source"),
                                   QStringLiteral("-h"), QStringLiteral("--version")};
    QStringList options;
    QStringList numbers;
    QString previous;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--"))
            return arguments;  // the caller ended the options already
        const bool valueOfOption = previous.startsWith(QLatin1String("--")) && !previous.contains(QLatin1Char('='))
                                   && !flags.contains(previous);
        (negativeNumber.match(argument).hasMatch() && !valueOfOption ? numbers : options) << argument;
        previous = argument;
    }
    if (numbers.isEmpty())
        return arguments;
    return options + QStringList{QStringLiteral("--")} + numbers;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // The log first: setting up the language may log, and the default logger writes to standard output.
    logging::init(QStringLiteral("dokhae-cli"), arguments.contains(QLatin1String("--verbose")));
    const std::optional<QString> displayLanguage = setUpLanguage(arguments, err);
    if (!displayLanguage)
        return ExitUsage;
    QCommandLineParser parser;
    parser.setApplicationDescription(usage());
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Cli::tr("Library: a file (default: %1), or a team library as "
                                              "postgresql://user@server/database.")
                                          .arg(paths::defaultLibraryPath()),
                                      Cli::tr("LIBRARY"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::tr("Print JSON."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), Cli::tr("Log to the console too."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), Cli::tr("Show the version."));
    // Read before parsing (setUpLanguage); declared so that the parser accepts it.
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        Cli::tr("Language of messages and displayed values: ko, en or system."),
                                        Cli::tr("LANG"));
    parser.addOptions({dbOption, jsonOption, verboseOption, helpOption, versionOption, langOption});
    const QCommandLineOption articleOption(QStringLiteral("article"),
                                           Cli::tr("charts, annotations: one article's only."), Cli::tr("ID"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), Cli::tr("search: how many hits (default 200)."),
                                         Cli::tr("N"), QStringLiteral("200"));
    const QCommandLineOption offsetOption(QStringLiteral("offset"), Cli::tr("search: skip the N best hits."), Cli::tr("N"),
                                          QStringLiteral("0"));
    const QCommandLineOption pngOption(QStringLiteral("png"), Cli::tr("export-chart: write a PNG."), Cli::tr("FILE"));
    const QCommandLineOption svgOption(QStringLiteral("svg"), Cli::tr("export-chart: write an SVG."), Cli::tr("FILE"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), Cli::tr("export-chart: write the data as CSV."),
                                       Cli::tr("FILE"));
    const QCommandLineOption widthOption(QStringLiteral("width"), Cli::tr("export-chart: width in pixels."),
                                         Cli::tr("W"), QStringLiteral("1600"));
    const QCommandLineOption heightOption(QStringLiteral("height"), Cli::tr("export-chart: height in pixels."),
                                          Cli::tr("H"), QStringLiteral("900"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), Cli::tr("export-chart: pixel scale (2 for HiDPI)."),
                                         Cli::tr("S"), QStringLiteral("1"));
    parser.addOptions({articleOption, pngOption, svgOption, csvOption, widthOption, heightOption, scaleOption});
    const QCommandLineOption quoteOption(QStringLiteral("quote"), Cli::tr("annotate: the passage to highlight."),
                                         Cli::tr("TEXT"));
    const QCommandLineOption noteOption(QStringLiteral("note"), Cli::tr("annotate: the note (Markdown)."),
                                        Cli::tr("TEXT"));
    const QCommandLineOption tagOption(QStringLiteral("tag"),
                                       Cli::tr("annotate: a tag (repeatable); brief: the tag of the articles."), Cli::tr("T"));
    const QCommandLineOption articlesOption(QStringLiteral("articles"), Cli::tr("brief: the articles, as ID,ID,…"),
                                            Cli::tr("IDS"));
    const QCommandLineOption htmlOption(QStringLiteral("html"), Cli::tr("brief: write an HTML file."), Cli::tr("FILE"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), Cli::tr("brief: write a PDF."), Cli::tr("FILE"));
    const QCommandLineOption colorOption(QStringLiteral("color"), Cli::tr("annotate: a color key or a color's name."),
                                         Cli::tr("NAME"));
    const QCommandLineOption occurrenceOption(QStringLiteral("occurrence"),
                                              Cli::tr("annotate: which occurrence of a recurring quote, from 1."),
                                              Cli::tr("N"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Cli::tr("annotations: w3c, markdown or csv."),
                                          Cli::tr("FORMAT"), QStringLiteral("w3c"));
    const QCommandLineOption outputOption(QStringLiteral("output"), Cli::tr("annotations: write to a file."),
                                          Cli::tr("FILE"));
    const QCommandLineOption fromOption(QStringLiteral("from"), Cli::tr("copy: the library to copy."),
                                        Cli::tr("LIBRARY"));
    const QCommandLineOption toOption(QStringLiteral("to"), Cli::tr("copy: the library to copy into."),
                                      Cli::tr("LIBRARY"));
    parser.addOptions({quoteOption, noteOption, tagOption, colorOption, occurrenceOption, formatOption, outputOption,
                       limitOption, offsetOption, fromOption, toOption});
    const QCommandLineOption readerOption(QStringLiteral("reader"), Cli::tr("team-setup: a user who may read."),
                                          Cli::tr("USER"));
    const QCommandLineOption analystOption(QStringLiteral("analyst"),
                                           Cli::tr("team-setup: a user who may import, annotate and correct."),
                                           Cli::tr("USER"));
    const QCommandLineOption editorOption(QStringLiteral("editor"),
                                          Cli::tr("team-setup: a user who may also change anyone's annotations."),
                                          Cli::tr("USER"));
    parser.addOptions({readerOption, analystOption, editorOption, articlesOption, htmlOption, pdfOption});
    const QCommandLineOption entityOption(QStringLiteral("entity"),
                                          Cli::tr("timeline: only events whose sentence names this entity; claims: a subject, "
                                                  "by any of its names."),
                                          Cli::tr("NAME"));
    const QCommandLineOption measureOption(QStringLiteral("measure"), Cli::tr("claims: a measure, or words of it."),
                                           Cli::tr("TEXT"));
    const QCommandLineOption yearOption(QStringLiteral("year"), Cli::tr("claims: the year a claim is about."),
                                        Cli::tr("Y"));
    const QCommandLineOption flaggedOption(QStringLiteral("flagged"), Cli::tr("claims: only those flagged."));
    const QCommandLineOption thresholdOption(
        QStringLiteral("threshold"), Cli::tr("claims: how far values may differ before they are flagged, in percent."),
        Cli::tr("PCT"));
    const QCommandLineOption singleSourceOption(QStringLiteral("single-source"),
                                                Cli::tr("claims: also those quoted by one article only."));
    parser.addOptions({entityOption, measureOption, yearOption, flaggedOption, thresholdOption, singleSourceOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Cli::tr("import, list, show, search, figures, parse, entities, entity, charts, "
                                         "export-chart, annotate, annotations, import-annotations, check, copy, team-setup, "
                                         "brief, timeline or claims"));

    if (!parser.parse(QStringList{QStringLiteral("dokhae-cli")} + withNegativeNumbersAsArguments(arguments))) {
        err << parser.errorText() << Qt::endl << usage();
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        out << usage();
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        out << QStringLiteral("dokhae-cli %1\n").arg(QCoreApplication::applicationVersion());
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const QStringList rest = positional.mid(1);
    const bool knownCommand = QStringList{QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("show"),
                                          QStringLiteral("search"), QStringLiteral("figures"), QStringLiteral("parse"),
                                          QStringLiteral("entities"), QStringLiteral("entity"), QStringLiteral("charts"),
                                          QStringLiteral("export-chart"), QStringLiteral("annotate"),
                                          QStringLiteral("annotations"), QStringLiteral("import-annotations"),
                                          QStringLiteral("check"), QStringLiteral("copy"), QStringLiteral("team-setup"),
                                          QStringLiteral("brief"), QStringLiteral("timeline"), QStringLiteral("claims")}
                                  .contains(command);
    if (!knownCommand || (command == QLatin1String("show") && rest.size() != 1)) {
        err << (command.isEmpty() ? QString() : Cli::tr("Unknown or incomplete command: %1\n").arg(command)) << usage();
        return ExitUsage;
    }

    // figures, parse and entities need no library (with --db they read one, and must not create it).
    if (command == QLatin1String("parse"))
        return parseCommand(rest, parser.isSet(jsonOption), out, err);
    if (command == QLatin1String("figures")) {
        const FiguresOptions options{parser.isSet(jsonOption), *displayLanguage,
                                     parser.isSet(dbOption) ? parser.value(dbOption) : QString()};
        return figuresCommand(rest, options, out, err);
    }
    if (command == QLatin1String("entities") || command == QLatin1String("entity")) {
        const EntitiesOptions options{parser.isSet(jsonOption), *displayLanguage,
                                      parser.isSet(dbOption) ? parser.value(dbOption) : QString()};
        return command == QLatin1String("entity") ? entityCommand(rest, options, out, err)
                                                  : entitiesCommand(rest, options, out, err);
    }
    if (command == QLatin1String("team-setup")) {
        const TeamSetupOptions options{parser.value(dbOption), parser.values(readerOption), parser.values(analystOption),
                                       parser.values(editorOption), parser.isSet(jsonOption)};
        return teamSetupCommand(options, out, err);
    }
    if (command == QLatin1String("copy")) {
        const CopyOptions options{parser.value(fromOption), parser.value(toOption), parser.isSet(jsonOption),
                                  ::isatty(STDERR_FILENO) == 1};
        return copyCommand(options, out, err);
    }
    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : paths::defaultLibraryPath();
    // charts, export-chart and the annotation commands work on an existing library and must not create one.
    if (command == QLatin1String("charts")) {
        const ChartsOptions options{parser.isSet(jsonOption), *displayLanguage, dbPath,
                                    parser.value(articleOption)};
        return chartsCommand(options, out, err);
    }
    if (command == QLatin1String("timeline")) {
        const TimelineOptions options{parser.isSet(jsonOption), *displayLanguage, dbPath, parser.value(articleOption),
                                      parser.value(entityOption)};
        return timelineCommand(options, out, err);
    }
    if (command == QLatin1String("claims")) {
        ClaimsOptions options;
        options.json = parser.isSet(jsonOption);
        options.language = *displayLanguage;
        options.dbPath = dbPath;
        options.entity = parser.value(entityOption);
        options.measure = parser.value(measureOption);
        options.year = parser.value(yearOption);
        options.flagged = parser.isSet(flaggedOption);
        options.threshold = parser.value(thresholdOption);
        options.singleSource = parser.isSet(singleSourceOption);
        return claimsCommand(options, out, err);
    }
    if (command == QLatin1String("export-chart")) {
        bool widthOk = false, heightOk = false, scaleOk = false;
        ExportChartOptions options;
        options.dbPath = dbPath;
        options.language = *displayLanguage;
        options.png = parser.value(pngOption);
        options.svg = parser.value(svgOption);
        options.csv = parser.value(csvOption);
        options.size = QSize(parser.value(widthOption).toInt(&widthOk), parser.value(heightOption).toInt(&heightOk));
        options.scale = parser.value(scaleOption).toDouble(&scaleOk);
        if (!widthOk || !heightOk || !scaleOk) {
            err << Cli::tr("export-chart: --width, --height and --scale take numbers.") << Qt::endl;
            return ExitUsage;
        }
        return exportChartCommand(rest, options, out, err);
    }
    if (command == QLatin1String("annotate")) {
        const AnnotateOptions options{dbPath,
                                      parser.isSet(jsonOption),
                                      parser.value(quoteOption),
                                      parser.value(noteOption),
                                      parser.values(tagOption),
                                      parser.value(colorOption),
                                      parser.value(occurrenceOption)};
        return annotateCommand(rest, options, out, err);
    }
    if (command == QLatin1String("annotations")) {
        const AnnotationsExportOptions options{dbPath, parser.value(articleOption), parser.value(formatOption),
                                               parser.value(outputOption)};
        return annotationsCommand(options, out, err);
    }
    if (command == QLatin1String("brief")) {
        const BriefOptions options{dbPath, *displayLanguage, parser.value(articlesOption), parser.value(tagOption),
                                   parser.value(htmlOption), parser.value(pdfOption)};
        return briefCommand(options, out, err);
    }
    if (command == QLatin1String("import-annotations"))
        return importAnnotationsCommand(rest, dbPath, out, err);
    // Only import makes a library (and the default one's folders); list, show and search read one.
    const bool importing = command == QLatin1String("import");
    if (importing && !parser.isSet(dbOption))
        QDir().mkpath(QFileInfo(dbPath).absolutePath());

    store::Library library;
    if (!importing) {
        if (!openExistingLibrary(library, dbPath, err))
            return ExitLibrary;
    } else if (!library.open(dbPath)) {
        err << library.lastError() << Qt::endl;
        spdlog::error("cli: cannot open library {}: {}", dbPath.toStdString(), library.lastError().toStdString());
        return ExitLibrary;
    }
    const bool json = parser.isSet(jsonOption);
    if (command == QLatin1String("import"))
        return importCommand(library, rest, out, err);
    if (command == QLatin1String("list"))
        return listCommand(library, json, out, err);
    if (command == QLatin1String("show"))
        return showCommand(library, rest.first(), json, out, err);
    if (command == QLatin1String("check"))
        return checkCommand(library, out, err);
    bool limitOk = false, offsetOk = false;
    const SearchPageOptions page{parser.value(limitOption).toInt(&limitOk), parser.value(offsetOption).toInt(&offsetOk)};
    if (!limitOk || !offsetOk || page.limit < 0 || page.offset < 0) {
        err << Cli::tr("search: --limit and --offset take whole numbers of 0 or more.") << Qt::endl;
        return ExitUsage;
    }
    return searchCommand(library, rest, page, json, out, err);
}

} // namespace dokhae::cli
