// caredesk-cli: headless tool for admins and scripts. Reads and writes JSON Lines; exits
// non-zero with a one-line error on bad input.

#include "Commands.h"

#include "Application.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStringDecoder>
#include <QTextStream>

#include <map>

using namespace CareDesk;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(caredesk_cli)
};

// The --help text: every command and what it reads and writes.
QString commandsHelp()
{
    return Tr::tr(
               "CareDesk command-line tool. Text commands read JSON Lines on stdin and write one "
               "line "
               "per input line on stdout.\n\nCommands:\n"
               "  detect-language  {\"text\",\"hint\"?} -> {\"lang\",\"reliable\",\"source\"}\n"
               "  scan-pii         {\"text\",\"region\"?,\"locale\"?} -> "
               "{\"findings\":[{\"kind\",\"start\",\"end\",\"match\"}]}\n"
               "  measure          {\"text\"} -> "
               "{\"weightedLength\",\"valid\",\"permillage\",\"limit\"}\n"
               "  spell            {\"text\"} -> "
               "{\"dictionary\",\"issues\":[{\"word\",\"start\",\"length\",\"suggestions\"}]}\n"
               "                   (offsets in UTF-16 code units; with --workspace: its names)\n"
               "  translate        {\"text\"} -> {\"text\",\"from\",\"to\",\"provider\"}: into "
               "--to, "
               "on this computer\n"
               "                   (or with --config FILE: the LibreTranslate or DeepL service "
               "it names)\n"
               "  triage           inbound item (only \"text\" required) -> "
               "{\"category\",\"actionable\",\"priority\",\"reasons\",\"lang\"}\n"
               "                   (with --workspace: that workspace's rules and classifier)\n"
               "  learn            {\"text\",\"category\"} -> teaches the classifier of "
               "--workspace\n"
               "  search WORDS     Messages of --workspace matching WORDS, best first.\n"
               "  import FILE      Bring history into --workspace: --format jsonl (inbound items) "
               "or "
               "tweet-csv\n"
               "                   (tweet_id,author_id,inbound,created_at,text,response_tweet_id,\n"
               "                   in_response_to_tweet_id); - reads stdin.\n"
               "  export           All conversations of --workspace: --format jsonl or html.\n"
               "  crm import FILE  The team's customer file (CSV or JSON Lines) into --workspace,\n"
               "                   replacing the one before; prints {\"imported\",\"problems\"}.\n"
               "  crm lookup       A customer of --workspace, or of the CRM --config crm.json "
               "names,\n"
               "                   by --email, --phone or --handle:\n"
               "                   {\"found\":true,\"id\",\"name\",...} or {\"found\":false}.\n"
               "  crm connect      Sign the --config CRM (Salesforce) in through the browser.\n"
               "  plugins          List channel and CRM plugins, their state and capabilities.\n"
               "  channel add      Add the --config channel to --workspace; the desktop app "
               "polls it.\n"
               "  channel fetch    Fetch what is new on the channel of --config once and print it "
               "as "
               "inbound\n"
               "                   items; the position is kept in <config>.cursor (--since-id to "
               "choose it).\n"
               "  channel check    Report the --config channel's authorisation, quota and "
               "reachability.\n"
               "  channel connect  Sign the --config channel's account in through the browser "
               "(OAuth "
               "2.0)\n"
               "                   and keep its tokens in the keychain entry the configuration "
               "names.\n"
               "  outbox deliver   Send what --workspace has queued for the --config channel, each "
               "message\n"
               "                   exactly once; prints {\"sent\",\"failed\",\"waiting\"}.\n"
               "  team sync        Sign in to --server as --login (the password on stdin when no "
               "session is\n"
               "                   saved in the keychain) and bring what the team shares into "
               "--workspace;\n"
               "                   prints {\"conversations\",\"rev\",\"state\"}.\n"
               "  inbox            List a workspace's conversations in inbox order.")
           // The trainer's commands are described apart, so that the text above keeps its
           // translations.
           + QLatin1Char('\n') +
           Tr::tr(
               "  scenario validate FILE\n"
               "                   Check a practice scenario: every problem with its place, one "
               "per "
               "line.\n"
               "  scenario from-workspace\n"
               "                   Write --out FILE: a practice scenario made from the "
               "--conversations N\n"
               "                   (default 10) most recent conversations of --workspace, with "
               "every "
               "customer\n"
               "                   and every piece of personal data replaced (--patterns: the "
               "team's "
               "own).\n"
               "  practice start   Start practice inboxes playing --scenario FILE: in --out DIR, "
               "one "
               "isolated\n"
               "                   workspace per --trainee NAME (repeat it for a class), opened "
               "with\n"
               "                   caredesk --workspace DIR/<trainee>; --canned-from DIR gives "
               "them "
               "a\n"
               "                   workspace's canned responses. Practice workspaces take no real "
               "channel.\n"
               "  practice report  After a run: --workspace DIR, one trainee's report (response "
               "times, open\n"
               "                   messages, public or private, personal data, language, canned "
               "responses,\n"
               "                   the scenario's expectations); --class DIR, one line per trainee "
               "to "
               "compare.");
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("workspace"),
         Tr::tr("The workspace folder (inbox, triage, learn, search)."), QStringLiteral("dir")},
        {QStringLiteral("plugin-dir"), Tr::tr("Where to look for channel plugins (plugins)."),
         QStringLiteral("dir")},
        {QStringLiteral("limit"), Tr::tr("At most <n> results (inbox, search; default 1000)."),
         QStringLiteral("n"), QStringLiteral("1000")},
        {QStringLiteral("platform"),
         Tr::tr("twitter, facebook or messenger (measure; default twitter)."),
         QStringLiteral("name"), QStringLiteral("twitter")},
        {QStringLiteral("text"),
         Tr::tr("Measure this one text instead of reading stdin (measure)."),
         QStringLiteral("text")},
        {QStringLiteral("to"), Tr::tr("The language to translate into, e.g. en (translate)."),
         QStringLiteral("code")},
        {QStringLiteral("from"),
         Tr::tr("The texts' language (translate; default: each text's own, when clear)."),
         QStringLiteral("code")},
        {QStringLiteral("provider"),
         Tr::tr("Who translates: apertium, on this computer; libretranslate or deepl, with "
                "--config (translate; default apertium)."),
         QStringLiteral("name"), QStringLiteral("apertium")},
        {QStringLiteral("lang"),
         Tr::tr("The dictionary to check with, e.g. en_US or es (spell; default: each text's "
                "language)."),
         QStringLiteral("code")},
        {QStringLiteral("email"), Tr::tr("The e-mail address to look up (crm lookup)."),
         QStringLiteral("address")},
        {QStringLiteral("phone"),
         Tr::tr("The phone number to look up, as written (crm lookup; --region for one without "
                "a country code)."),
         QStringLiteral("number")},
        {QStringLiteral("handle"), Tr::tr("The handle to look up, e.g. @ana_g (crm lookup)."),
         QStringLiteral("handle")},
        {QStringLiteral("region"),
         Tr::tr("Country phone numbers written without a country code are read as first, e.g. ES; "
                "then this computer's and those of the text's language (scan-pii)."),
         QStringLiteral("code")},
        {QStringLiteral("format"),
         Tr::tr("File format (import: jsonl, tweet-csv; export: jsonl, html)."),
         QStringLiteral("name")},
        {QStringLiteral("patterns"),
         Tr::tr("JSON file with the team's own personal-data patterns (scan-pii)."),
         QStringLiteral("file")},
        {QStringLiteral("conversations"),
         Tr::tr("How many recent conversations (scenario from-workspace; default 10)."),
         QStringLiteral("n"), QStringLiteral("10")},
        {QStringLiteral("out"),
         Tr::tr("The file or folder to write (scenario from-workspace, practice start)."),
         QStringLiteral("path")},
        {QStringLiteral("scenario"), Tr::tr("The practice scenario to play (practice start)."),
         QStringLiteral("file")},
        {QStringLiteral("trainee"),
         Tr::tr("A trainee's name; repeat for each trainee of a class (practice start)."),
         QStringLiteral("name")},
        {QStringLiteral("canned-from"),
         Tr::tr("A workspace whose canned responses the trainees get (practice start)."),
         QStringLiteral("dir")},
        {QStringLiteral("class"),
         Tr::tr("The class folder made by practice start (practice report)."),
         QStringLiteral("dir")},
        {QStringLiteral("config"),
         Tr::tr("The channel configuration file (channel); the translation provider file "
                "(translate); the CRM settings, crm.json (crm lookup, crm connect)."),
         QStringLiteral("file")},
        {QStringLiteral("since-id"),
         Tr::tr("Fetch what came after this platform id (channel fetch)."), QStringLiteral("id")},
        {QStringLiteral("server"),
         Tr::tr("The team server's address, e.g. https://care.example.org:8484 (team sync)."),
         QStringLiteral("url")},
        {QStringLiteral("login"), Tr::tr("Your login on the team server (team sync)."),
         QStringLiteral("name")},
    });
}

// Runs the command the first positional argument names.
int runCommand(const QCommandLineParser &parser)
{
    const std::map<QString, int (*)(const QCommandLineParser &)> commands = {
        {QStringLiteral("detect-language"), &Cli::detectLanguage},
        {QStringLiteral("scan-pii"), &Cli::scanPii},
        {QStringLiteral("measure"), &Cli::measure},
        {QStringLiteral("spell"), &Cli::spell},
        {QStringLiteral("translate"), &Cli::translate},
        {QStringLiteral("plugins"), &Cli::listPlugins},
        {QStringLiteral("inbox"), &Cli::listInbox},
        {QStringLiteral("triage"), &Cli::triage},
        {QStringLiteral("learn"), &Cli::learn},
        {QStringLiteral("search"), &Cli::search},
        {QStringLiteral("import"), &Cli::importHistory},
        {QStringLiteral("export"), &Cli::exportHistory},
        {QStringLiteral("channel"), &Cli::channel},
        {QStringLiteral("outbox"), &Cli::outbox},
        {QStringLiteral("team"), &Cli::team},
        {QStringLiteral("scenario"), &Cli::scenario},
        {QStringLiteral("practice"), &Cli::practice},
        {QStringLiteral("crm"), &Cli::crm},
    };
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return Cli::fail(Tr::tr("name one command (see --help)"));
    const auto command = commands.find(args.first());
    if (command == commands.end())
        return Cli::fail(Tr::tr("unknown command \"%1\" (see --help)").arg(args.first()));
    return command->second(parser);
}

} // namespace

namespace {

// The arguments as typed. Qt drops a byte-order mark that opens one ("\xEF\xBB\xBF..."), but a
// text given to `measure --text` may start with U+FEFF, which X refuses: it must be counted.
QStringList argumentsAsGiven(const QCoreApplication &app, int argc, char *argv[])
{
#ifdef Q_OS_WIN
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return app.arguments(); // Windows gives Qt the command line as UTF-16, marks and all
#else
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        QStringDecoder decoder(QStringConverter::System, QStringConverter::Flag::ConvertInitialBom);
        arguments.append(decoder(QByteArrayView(argv[i])));
    }
    return arguments.isEmpty() ? app.arguments() : arguments;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Core::describeApplication(app, QStringLiteral("caredesk-cli"));
    // Scripts read stdout and stderr: progress chatter stays out unless asked for.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("caredesk.*.info=false"));

    Core::installTranslations(app, Core::languageArgument(app.arguments()));
    QCommandLineParser parser;
    parser.setApplicationDescription(commandsHelp());
    Core::addCommonOptions(parser);
    addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("One of the commands above."));
    parser.process(argumentsAsGiven(app, argc, argv));
    return runCommand(parser);
}
