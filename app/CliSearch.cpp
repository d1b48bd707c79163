// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — `gongwen reindex` and `gongwen search`.
#include "Cli.h"

#include "CliIo.h"

#include "pdf/PdfTextReading.h"
#include "services/SearchService.h"
#include "services/AuthService.h"
#include "services/Workspace.h"

#include <QCoreApplication>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace gw::cli {
namespace {

/// The password: asked for on the terminal without echo, or read as the first line of standard input.
QString readPassword(const QString &user)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios before{};
    if (terminal) {
        err() << QCoreApplication::translate("Cli", "Password for %1: ").arg(user) << Qt::flush;
        tcgetattr(STDIN_FILENO, &before);
        termios quiet = before;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(char(c));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &before);
        err() << Qt::endl;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromUtf8(line.data(), int(line.size()));
}

Result<std::unique_ptr<Workspace>> openWorkspace(const QString &databaseUrl)
{
    auto url = urlFrom(databaseUrl);
    if (!url)
        return url.error();
    return Workspace::open(url.value());
}

/// Reads the text of every document still waiting for it, printing progress now and then.
Status readTexts(SearchService &search)
{
    auto worker = PdfWorkerClient::forThisProgram();
    qint64 shown = 0;
    auto read = search.readTextsByProgram(pdfTextReader(*worker), [&shown](qint64 done, qint64 total) {
        if (done == total || done - shown >= 200) {
            err() << QCoreApplication::translate("Cli", "Read the text of %1 of %2 files…").arg(done).arg(total)
                  << Qt::endl;
            shown = done;
        }
        return true;
    });
    if (!read)
        return read.error();
    return {};
}

} // namespace

int reindex(const QString &databaseUrl)
{
    auto ws = openWorkspace(databaseUrl);
    if (!ws) {
        err() << ws.error().message << Qt::endl;
        return 2;
    }
    SearchService &search = ws.value()->search();
    qint64 shown = 0;
    auto built = search.rebuildByProgram([&shown](qint64 done, qint64 total) {
        if (done == total || done - shown >= 5000) {
            err() << QCoreApplication::translate("Cli", "Indexed %1 of %2 records…").arg(done).arg(total) << Qt::endl;
            shown = done;
        }
        return true;
    });
    if (!built) {
        err() << built.error().message << Qt::endl;
        return 2;
    }
    if (auto st = readTexts(search); !st) {
        err() << st.error().message << Qt::endl;
        return 2;
    }
    auto size = search.size();
    if (!size) {
        err() << size.error().message << Qt::endl;
        return 2;
    }
    out() << QCoreApplication::translate("Cli", "Search index built: %1 documents, %2 with text; %3 MB of text, the "
                                                "index %4 MB.")
                 .arg(size.value().documents)
                 .arg(size.value().withText)
                 .arg(double(size.value().textBytes) / 1e6, 0, 'f', 1)
                 .arg(double(size.value().indexBytes) / 1e6, 0, 'f', 1)
          << Qt::endl;
    return 0;
}

int search(const QString &databaseUrl, const QString &user, const QString &query)
{
    if (user.isEmpty() || query.trimmed().isEmpty()) {
        err() << QCoreApplication::translate("Cli", "Say who searches and for what: --user NAME \"query\".") << Qt::endl;
        return 2;
    }
    auto ws = openWorkspace(databaseUrl);
    if (!ws) {
        err() << ws.error().message << Qt::endl;
        return 2;
    }
    auto current = ws.value()->search().isCurrent();
    if (current && !current.value()) {
        err() << QCoreApplication::translate("Cli", "The search index is not built for these records yet: run gongwen "
                                                    "reindex first.")
              << Qt::endl;
        return 2;
    }
    auto who = ws.value()->auth().login(user, readPassword(user));
    if (!who) {
        err() << who.error().message << Qt::endl;
        return 2;
    }
    SearchRequest r;
    r.text = query;
    r.perKind = 1000;
    auto found = ws.value()->search().search(who.value(), r);
    if (!found) {
        err() << found.error().message << Qt::endl;
        return 2;
    }
    qint64 total = 0;
    for (const SearchGroup &g : found.value()) {
        total += g.total;
        for (const SearchHit &h : g.hits)
            out() << searchKindCode(h.kind) << '\t' << QString(h.number).replace(SearchDoc::kPart, QLatin1Char(' '))
                  << '\t' << h.title << '\t' << h.day << '\n';
    }
    out().flush();
    err() << QCoreApplication::translate("Cli", "%n document(s) found.", nullptr, int(total)) << Qt::endl;
    return 0;
}

} // namespace gw::cli
