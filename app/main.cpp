// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — start-up: parse the command line, then run a subcommand or the workstation.
#include "storage/PrivateFiles.h"
#include "Cli.h"

#include "Localization.h"
#include "ManualWindow.h"
#include "Workstation.h"
#include "pdf/PdfWorker.h"
#include "pdf/WorkerSandbox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEvent>
#include <QIcon>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {
struct Options
{
    QString command;
    QString database;
    QString lang;
    QString publicKey;
    QString to;
    QString from;
    QString user;
    QString query;
    bool force = false;
    bool demo = false;
};

Options parse(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("main", "Gongwen Desk: the secretariat's workstation."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"),
                            QCoreApplication::translate("main",
                                                        "verify: check the audit chain; demo: fill an empty "
                                                        "database with a demonstration office; backup: write a "
                                                        "backup of the records and their files; restore: put a "
                                                        "backup back; reindex: build the search index again; "
                                                        "search: find documents as an account; pdf-worker: the "
                                                        "sandboxed process the workstation opens PDF files in "
                                                        "(started by the workstation itself)."),
                            QStringLiteral("[verify|demo|backup|restore|reindex|search|pdf-worker]"));
    p.addPositionalArgument(QStringLiteral("query"),
                            QCoreApplication::translate("main", "search: what to look for."), QStringLiteral("[query]"));
    const QCommandLineOption db(QStringLiteral("database"),
                                QCoreApplication::translate("main",
                                                            "Database address: sqlite:///path/file.db or "
                                                            "postgresql://user@host:port/database."),
                                QStringLiteral("url"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main",
                                                              "Open the workstation on a fresh demonstration "
                                                              "database."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Language of the interface: zh_CN or en."),
        QStringLiteral("language"));
    const QCommandLineOption publicKey(
        QStringLiteral("public-key"),
        QCoreApplication::translate("main", "verify: check the audit chain against checkpoints signed with the "
                                            "auditor's public key in this file (instead of the one pinned on "
                                            "this workstation)."),
        QStringLiteral("file"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QCoreApplication::translate("main", "backup: the backup file to write."),
                                QStringLiteral("file"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QCoreApplication::translate("main", "restore: the backup file to read."),
                                  QStringLiteral("file"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QCoreApplication::translate("main", "restore: overwrite a database that holds "
                                                                       "records."));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("main", "search: the account that searches (its password "
                                                                      "is asked for, or read from standard input)."),
                                  QStringLiteral("name"));
    p.addOptions({db, demo, lang, publicKey, to, from, force, user});
    p.process(app);
    Options o;
    o.command = p.positionalArguments().value(0);
    o.database = p.value(db);
    o.lang = p.value(lang);
    o.publicKey = p.value(publicKey);
    o.to = p.value(to);
    o.from = p.value(from);
    o.force = p.isSet(force);
    o.user = p.value(user);
    o.query = p.positionalArguments().value(1);
    o.demo = p.isSet(demo);
    return o;
}

bool isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "verify") == 0 || std::strcmp(argv[i], "demo") == 0 ||
            std::strcmp(argv[i], "backup") == 0 || std::strcmp(argv[i], "restore") == 0 ||
            std::strcmp(argv[i], "reindex") == 0 || std::strcmp(argv[i], "search") == 0 ||
            std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0 ||
            std::strcmp(argv[i], "--help-all") == 0 ||
            std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}

QString argumentAfter(int argc, char **argv, const char *option)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], option) == 0)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return {};
}

QString langArgument(int argc, char **argv)
{
    return argumentAfter(argc, argv, "--lang");
}

void identify()
{
    QCoreApplication::setOrganizationName(QStringLiteral("gongwen"));
    QCoreApplication::setApplicationName(QStringLiteral("gongwen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GONGWEN_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("cn.gongwen.Desk"));
}
} // namespace

namespace {
/// Prints a line the moment the log-in window (or a new database's set-up wizard) is first painted, with
/// its title, then ends the process.
class StartupProbe final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The log-in window, or the set-up wizard of a new database.
        const bool login = watched->objectName() == QLatin1String("loginDialog");
        if (event->type() == QEvent::Paint && (login || watched->objectName() == QLatin1String("setupWizard"))) {
            // With its title, which says which language the program found its translations for.
            const QByteArray title = static_cast<QWidget *>(watched)->window()->windowTitle().toUtf8();
            std::fputs(login ? "login window painted: " : "setup window painted: ", stdout);
            std::fputs(title.constData(), stdout);
            std::fputs("\n", stdout);
            std::fflush(stdout);
            std::_Exit(0);
        }
        return false;
    }
};
} // namespace

int main(int argc, char **argv)
{
    // The records, exports and printed PDFs are for their owner's eyes only (the functions that write
    // them also set the mode themselves).
    gw::privatefiles::restrictNewFiles();
    if (argc >= 2 && std::strcmp(argv[1], "pdf-worker") == 0) {
        // Untrusted PDFs are parsed and drawn here, in a process of their own that keeps nothing of
        // its parent's open files and locks itself down before it reads a request.
        gw::sandbox::closeInheritedDescriptors();
        QCoreApplication app(argc, argv);
        identify();
        gw::installTranslations(app, langArgument(argc, argv));
        return gw::runPdfWorker(argumentAfter(argc, argv, "--sandbox-probe"));
    }
    if (isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        identify();
        gw::installTranslations(app, langArgument(argc, argv));
        const Options o = parse(app);
        if (o.command == QLatin1String("verify"))
            return gw::cli::verify(o.database, o.publicKey);
        if (o.command == QLatin1String("demo"))
            return gw::cli::demo(o.database);
        if (o.command == QLatin1String("backup"))
            return gw::cli::backup(o.database, o.to);
        if (o.command == QLatin1String("restore"))
            return gw::cli::restore(o.from, o.database, o.force);
        if (o.command == QLatin1String("reindex"))
            return gw::cli::reindex(o.database);
        if (o.command == QLatin1String("search"))
            return gw::cli::search(o.database, o.user, o.query);
        return 2;
    }
    QApplication app(argc, argv);
    identify();
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gongwen.png")));
    gw::installTranslations(app, langArgument(argc, argv));
    gw::ManualWindow::installHelpKey();
    // For the start-up benchmark: say when the log-in window has been painted, and stop there.
    if (qEnvironmentVariableIsSet("GONGWEN_STARTUP_PROBE"))
        app.installEventFilter(new StartupProbe(&app));
    const Options o = parse(app);
    if (!o.command.isEmpty()) {
        gw::showStartupError(QCoreApplication::translate("main", "Unknown command: %1").arg(o.command));
        return 2;
    }
    gw::Workstation::Start start;
    start.databaseUrl = o.database;
    start.demo = o.demo;
    gw::Workstation workstation;
    if (!workstation.start(start))
        return 1;
    return app.exec();
}
