// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the idle lock.
#include "IdleLock.h"

#include "services/AuthService.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gw {
namespace {
/// Covers one window entirely: the content beneath is not shown, and input goes to the password.
class Cover final : public QWidget
{
public:
    Cover(QWidget *window, const Principal &actor, IdleLock &lock) : QWidget(window)
    {
        setObjectName(QStringLiteral("idleLockCover"));
        setAutoFillBackground(true);
        QPalette p = palette();
        p.setColor(QPalette::Window, QColor(0x2B, 0x3A, 0x4A));
        p.setColor(QPalette::WindowText, Qt::white);
        setPalette(p);
        auto *layout = new QVBoxLayout(this);
        layout->addStretch(1);
        auto *title = new QLabel(IdleLock::tr("Locked (已锁定)"), this);
        QFont big = title->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        title->setFont(big);
        title->setAlignment(Qt::AlignCenter);
        auto *who = new QLabel(IdleLock::tr("Gongwen Desk was locked after a while without use. Nothing was "
                                            "closed. %1, enter your password to go on.")
                                   .arg(actor.displayName),
                               this);
        who->setWordWrap(true);
        who->setAlignment(Qt::AlignCenter);
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("idleLockPassword"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setMinimumWidth(260);
        m_password->setMaximumWidth(320);
        m_message = new QLabel(this);
        m_message->setObjectName(QStringLiteral("idleLockMessage"));
        m_message->setAlignment(Qt::AlignCenter);
        m_message->setWordWrap(true);
        auto *unlock = new QPushButton(IdleLock::tr("&Unlock"), this);
        unlock->setObjectName(QStringLiteral("idleLockUnlock"));
        layout->addWidget(title);
        layout->addWidget(who);
        layout->addWidget(m_password, 0, Qt::AlignHCenter);
        layout->addWidget(unlock, 0, Qt::AlignHCenter);
        layout->addWidget(m_message);
        layout->addStretch(1);
        auto go = [this, &lock] {
            const QString pw = m_password->text();
            m_password->clear();
            lock.unlock(pw);
        };
        connect(m_password, &QLineEdit::returnPressed, this, go);
        connect(unlock, &QPushButton::clicked, this, go);
        window->installEventFilter(this);
        setGeometry(window->rect());
        raise();
        show();
        m_password->setFocus();
    }
    void say(const QString &text) { m_message->setText(text); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        return false;
    }

private:
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
};
} // namespace

IdleLock::IdleLock(AuthService &auth, Principal actor, int minutes, QObject *parent)
    : QObject(parent), m_auth(auth), m_actor(std::move(actor)), m_idleMs(qint64(minutes) * 60 * 1000)
{
    m_sinceInput.start();
    qApp->installEventFilter(this);
    if (m_idleMs > 0) {
        connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
        m_timer.start(15 * 1000);
    }
}

IdleLock::~IdleLock()
{
    for (const QPointer<QWidget> &c : m_covers)
        delete c.data();
}

void IdleLock::check()
{
    if (!isLocked() && m_sinceInput.elapsed() >= m_idleMs)
        lockNow();
}

bool IdleLock::insideCover(QObject *o) const
{
    for (QObject *p = o; p; p = p->parent()) {
        if (p->objectName() == QLatin1String("idleLockCover"))
            return true;
    }
    return false;
}

void IdleLock::lockNow()
{
    if (isLocked())
        return;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && w->isWindow() && !w->inherits("QMenu"))
            m_covers.append(new Cover(w, m_actor, *this));
    }
    if (QApplication::activePopupWidget())
        QApplication::activePopupWidget()->close();
    Q_EMIT lockedChanged(true);
}

bool IdleLock::unlock(const QString &password)
{
    // The same check and throttle as a log-in: guessing here counts against the account.
    auto who = m_auth.login(m_actor.username, password);
    if (!who) {
        for (const QPointer<QWidget> &c : m_covers) {
            if (c)
                static_cast<Cover *>(c.data())->say(who.error().message);
        }
        return false;
    }
    // Taken away after this call returns: unlocking runs inside a cover's own signal.
    for (const QPointer<QWidget> &c : m_covers) {
        if (c) {
            c->hide();
            c->setParent(nullptr);
            c->deleteLater();
        }
    }
    m_covers.clear();
    m_sinceInput.restart();
    Q_EMIT lockedChanged(false);
    return true;
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
        if (!isLocked()) {
            m_sinceInput.restart();
            return false;
        }
        // Locked: only the covers take input; shortcuts and keys meant for the work beneath are dropped.
        return !insideCover(watched);
    case QEvent::Shortcut:
        return isLocked();
    default:
        return false;
    }
}

} // namespace gw
