// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the audit log, for the security auditor.
#include "AuditLogPage.h"

#include "FileDialogs.h"
#include "ErrorBanner.h"
#include "RecordTable.h"

#include "Settings.h"
#include "domain/AuditEntry.h"
#include "security/AuditDiff.h"
#include "security/AuditSigner.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace gw {

namespace {
/// The action as a reader of the log says it, its key (what the search takes) beside it on hover.
QStandardItem *actionItem(const QString &key)
{
    auto *item = new QStandardItem(auditActionLabel(key));
    item->setToolTip(key);
    return item;
}
} // namespace
namespace {
QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString diffText(const AuditView &v)
{
    if (v.withheld)
        return AuditLogPage::tr("(withheld: the object is above your clearance)");
    QStringList lines;
    const AuditDiff diff = AuditDiff::fromText(v.entry.summary);
    for (const FieldChange &c : diff.changes())
        lines.append(c.before ? QStringLiteral("%1: %2 → %3").arg(c.field, *c.before, c.after)
                              : QStringLiteral("%1: %2").arg(c.field, c.after));
    return lines.join(QLatin1Char('\n'));
}

QString csvField(QString s)
{
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}
} // namespace

AuditLogPage::AuditLogPage(Workspace &ws, const Principal &actor, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("auditLogPage"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("auditPerson"));
    m_person->addItem(tr("Anyone"), qint64(-1));
    m_person->addItem(tr("The program"), qint64(0));
    if (auto users = ws.users().list(actor)) {
        for (const User &u : users.value())
            m_person->addItem(QStringLiteral("%1 (%2)").arg(u.displayName, u.username), u.id);
    }
    m_action = new QLineEdit(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setPlaceholderText(tr("Action, in words or by key, e.g. %1, user. or draft.pass").arg(auditActionLabel(QStringLiteral("user.create"))));
    m_action->setClearButtonEnabled(true);
    m_objectType = new QComboBox(this);
    m_objectType->setObjectName(QStringLiteral("auditObjectType"));
    m_objectType->addItem(tr("Any object"), QString());
    const QList<QPair<QString, QString>> types{{QStringLiteral("incoming"), tr("Incoming item")},
                                               {QStringLiteral("draft"), tr("Draft")},
                                               {QStringLiteral("markup"), tr("Markup")},
                                               {QStringLiteral("user"), tr("Account")},
                                               {QStringLiteral("unit"), tr("Unit")},
                                               {QStringLiteral("office"), tr("Office")},
                                               {QStringLiteral("letter"), tr("Letter from a person")},
                                               {QStringLiteral("audit"), tr("Checkpoint")}};
    for (const auto &[code, label] : types)
        m_objectType->addItem(label, code);
    m_objectId = new QLineEdit(this);
    m_objectId->setObjectName(QStringLiteral("auditObjectId"));
    m_objectId->setPlaceholderText(tr("No."));
    m_objectId->setMaximumWidth(90);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *find = new QPushButton(tr("&Search"), this);
    find->setObjectName(QStringLiteral("auditSearch"));
    find->setDefault(true);
    filters->addWidget(m_person, 2);
    filters->addWidget(m_action, 2);
    filters->addWidget(m_objectType, 1);
    filters->addWidget(m_objectId);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(find);
    layout->addLayout(filters);

    auto *bar = new QHBoxLayout;
    auto *check = new QPushButton(tr("&Check the Log"), this);
    check->setObjectName(QStringLiteral("auditCheck"));
    auto *sign = new QPushButton(tr("Sign a Check&point…"), this);
    sign->setObjectName(QStringLiteral("auditSign"));
    auto *exportLog = new QPushButton(tr("E&xport…"), this);
    exportLog->setObjectName(QStringLiteral("auditExport"));
    auto *exportKey = new QPushButton(tr("Export Public &Key…"), this);
    exportKey->setObjectName(QStringLiteral("auditExportKey"));
    for (QPushButton *b : {check, sign, exportLog, exportKey})
        bar->addWidget(b);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_model = new QStandardItemModel(0, 6, this);
    m_model->setHorizontalHeaderLabels(
        {tr("No."), tr("Time"), tr("Person"), tr("Action"), tr("Object"), tr("Changes")});
    m_view = newRecordTable(QStringLiteral("auditTable"), split);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_details = new QPlainTextEdit(split);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(find, &QPushButton::clicked, this, &AuditLogPage::search);
    connect(m_action, &QLineEdit::returnPressed, this, &AuditLogPage::search);
    connect(m_objectId, &QLineEdit::returnPressed, this, &AuditLogPage::search);
    connect(check, &QPushButton::clicked, this, &AuditLogPage::checkAll);
    connect(sign, &QPushButton::clicked, this, &AuditLogPage::signCheckpoint);
    connect(exportLog, &QPushButton::clicked, this, &AuditLogPage::exportEntries);
    connect(exportKey, &QPushButton::clicked, this, &AuditLogPage::exportPublicKey);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogPage::showDetails);
    search();
}

QString AuditLogPage::databaseKey() const
{
    return m_ws.database().url().displayString();
}

QString AuditLogPage::keyringKey() const
{
    return databaseKey() + QLatin1Char(' ') + m_actor.username;
}

AuditRepository::Filter AuditLogPage::filter() const
{
    AuditRepository::Filter f;
    f.actorId = m_person->currentData().toLongLong();
    // A key or a prefix of keys (user., draft.pass), or the words the table shows (新建账号, 批注).
    const QString typed = m_action->text().trimmed();
    static const QRegularExpression key(QStringLiteral("^[a-z_]+(\\.[a-z_]*)?$"));
    if (typed.isEmpty() || key.match(typed).hasMatch()) {
        f.action = typed;
    } else {
        f.actions = auditActionKeysSaying(typed);
        if (f.actions.isEmpty())
            f.actions = {typed}; // no action says that: nothing found
    }
    f.objectType = m_objectType->currentData().toString();
    f.objectId = m_objectId->text().trimmed();
    f.fromMs = m_from->date().startOfDay().toMSecsSinceEpoch();
    f.toMs = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    return f;
}

void AuditLogPage::search()
{
    auto found = m_ws.audit().find(m_actor, filter());
    m_model->removeRows(0, m_model->rowCount());
    m_rows.clear();
    if (!found) {
        m_error->showError(found.error());
        return;
    }
    m_error->clear();
    m_rows = found.value();
    for (const AuditView &v : m_rows) {
        const QString change = diffText(v).replace(QLatin1Char('\n'), QStringLiteral("; "));
        QList<QStandardItem *> row{
            new QStandardItem(QString::number(v.entry.seq)),
            new QStandardItem(when(v.entry.atMs)),
            new QStandardItem(v.entry.actorName),
            actionItem(v.entry.action),
            new QStandardItem(v.entry.objectType + QLatin1Char(' ') + v.entry.objectId),
            new QStandardItem(change)};
        for (QStandardItem *i : row)
            i->setEditable(false);
        m_model->appendRow(row);
    }
    fitColumnsToText(m_view, 5);
    if (m_rows.size() >= filter().limit)
        m_error->showMessage(
            tr("The newest %1 entries are shown; narrow the search to see older ones.").arg(filter().limit));
}

void AuditLogPage::showDetails()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_rows.size()) {
        m_details->clear();
        return;
    }
    const AuditView &v = m_rows.at(row);
    m_details->setPlainText(tr("Entry %1, %2, by %3: %4 on %5 %6")
                                .arg(v.entry.seq)
                                .arg(when(v.entry.atMs), v.entry.actorName,
                                     auditActionLabel(v.entry.action) + QStringLiteral(" (") + v.entry.action +
                                         QLatin1Char(')'),
                                     v.entry.objectType, v.entry.objectId) +
                            QStringLiteral("\n\n") + diffText(v));
}

void AuditLogPage::checkAll()
{
    const QByteArray trusted = AuditSigner::fromText(
        Settings::perDatabase(Settings::Key::AuditTrustedKeys, databaseKey()).toString());
    const qint64 seen =
        Settings::perDatabase(Settings::Key::AuditSeenCheckpoints, databaseKey()).toLongLong();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = m_ws.audit().check(m_actor, trusted, seen);
    QApplication::restoreOverrideCursor();
    if (!report) {
        m_error->showError(report.error());
        return;
    }
    const AuditReport &r = report.value();
    QStringList lines;
    lines << (r.chain.intact
                  ? tr("Audit chain: entries 1 to %1 link up and their hashes hold.").arg(r.chain.entries)
                  : tr("Audit chain BROKEN at entry %1: %2").arg(r.chain.firstBadSeq).arg(r.chain.reason));
    lines << tr("Checkpoint: %1").arg(r.checkpoint.message);
    if (r.checkpoint.forged > 0)
        lines << tr("%n checkpoint(s) carry a signature that does not hold.", nullptr, r.checkpoint.forged);
    if (r.rows.isEmpty())
        lines << tr("Records: every audited row is as the audit last recorded it.");
    for (const RowFinding &f : r.rows)
        lines << tr("Record changed outside the program: %1").arg(f.message);
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    if (r.ok())
        m_error->clear();
    else
        m_error->showMessage(tr("The check found problems; they are listed below."));
}

void AuditLogPage::signCheckpoint()
{
    const QString sealed = Settings::perDatabase(Settings::Key::AuditSigningKeys, keyringKey()).toString();
    bool ok = false;
    QByteArray secret;
    if (sealed.isEmpty()) {
        // The first checkpoint: the auditor's key is made here and kept only on this workstation.
        const QString pass = QInputDialog::getText(this, tr("New signing key"),
                                                   tr("You have no signing key on this workstation yet. "
                                                      "Choose a passphrase that protects it (at least "
                                                      "8 characters); nobody else should know it:"),
                                                   QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        if (pass.size() < 8) {
            m_error->showMessage(tr("The passphrase must have at least 8 characters. No key was made."));
            return;
        }
        const QString again = QInputDialog::getText(this, tr("New signing key"), tr("Repeat the passphrase:"),
                                                    QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        if (again != pass) {
            m_error->showMessage(tr("The two passphrases differ. No key was made."));
            return;
        }
        const AuditSigner::KeyPair k = AuditSigner::generate();
        auto box = AuditSigner::seal(k.secretKey, pass);
        if (!box) {
            m_error->showError(box.error());
            return;
        }
        Settings::setPerDatabase(Settings::Key::AuditSigningKeys, keyringKey(), box.value());
        secret = k.secretKey;
    } else {
        const QString pass =
            QInputDialog::getText(this, tr("Sign a checkpoint"), tr("Passphrase of your signing key:"),
                                  QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        auto opened = AuditSigner::unseal(sealed, pass);
        if (!opened) {
            m_error->showError(opened.error());
            return;
        }
        secret = opened.value();
    }
    const QByteArray publicKey = AuditSigner::publicKeyOf(secret);
    auto done = m_ws.audit().signCheckpoint(m_actor, publicKey, [&secret](const QByteArray &message) {
        return AuditSigner::sign(secret, message);
    });
    secret.fill('\0');
    if (!done) {
        m_error->showError(done.error());
        return;
    }
    // This workstation trusts the first auditor's key it sees, and remembers the newest checkpoint.
    if (Settings::perDatabase(Settings::Key::AuditTrustedKeys, databaseKey()).toString().isEmpty())
        Settings::setPerDatabase(Settings::Key::AuditTrustedKeys, databaseKey(),
                                 AuditSigner::toText(publicKey));
    Settings::setPerDatabase(Settings::Key::AuditSeenCheckpoints, databaseKey(), done.value().seq);
    m_error->showMessage(tr("Checkpoint signed: entries 1 to %1 are vouched for.").arg(done.value().seq));
    search();
}

void AuditLogPage::offerCheckpointIfDue()
{
    auto latest = m_ws.audit().latestCheckpoint(m_actor);
    if (!latest)
        return;
    const qint64 dayMs = 24 * 3600 * 1000LL;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (latest.value() && now - latest.value()->atMs < dayMs)
        return;
    const QString question =
        latest.value()
            ? tr("The newest checkpoint of the audit log was signed on %1, more than a day ago. Sign "
                 "one now?")
                  .arg(when(latest.value()->atMs))
            : tr("The audit log has no signed checkpoint yet. Sign one now?");
    if (QMessageBox::question(this, tr("Audit checkpoint"), question, QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::Yes) == QMessageBox::Yes)
        signCheckpoint();
}

void AuditLogPage::exportEntries()
{
    const QString path = chooseFileToSave(
        this, tr("Export audit entries"), QStringLiteral("audit-log.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QStringList lines{QStringLiteral("seq,time,person,action,object_type,object_id,changes")};
    for (const AuditView &v : m_rows)
        lines << QStringList{QString::number(v.entry.seq), when(v.entry.atMs),
                             csvField(v.entry.actorName),  v.entry.action,
                             v.entry.objectType,           v.entry.objectId,
                             csvField(diffText(v))}
                     .join(QLatin1Char(','));
    // A byte-order mark, so spreadsheet programs read the Chinese right.
    const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8();
    if (auto st = privatefiles::write(path, bytes); !st)
        m_error->showError(st.error());
    else
        m_error->showMessage(tr("%1 entries exported to %2.").arg(m_rows.size()).arg(path));
}

void AuditLogPage::exportPublicKey()
{
    const QString pinned = Settings::perDatabase(Settings::Key::AuditTrustedKeys, databaseKey()).toString();
    if (pinned.isEmpty()) {
        m_error->showMessage(
            tr("No auditor's key is trusted on this workstation yet: sign a checkpoint first."));
        return;
    }
    const QString path = chooseFileToSave(this, tr("Export the auditor's public key"),
                                                      QStringLiteral("auditor.pub"), tr("Key files (*.pub)"));
    if (path.isEmpty())
        return;
    if (auto st = privatefiles::write(path, pinned.toLatin1() + '\n'); !st)
        m_error->showError(st.error());
    else
        m_error->showMessage(
            tr("Public key written to %1. Give it to gongwen verify --public-key.").arg(path));
}

} // namespace gw
