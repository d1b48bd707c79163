// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — windows that fit the screen.
#include "WindowFit.h"

#include "Settings.h"

#include <QDialog>
#include <QEvent>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QScreen>
#include <QShortcut>
#include <QWidget>

namespace gw {

namespace {
/// Title bar and frame a window manager adds around a window.
constexpr QSize kFrame(16, 56);

/// Remembers a window's geometry when it is hidden (closed, accepted, rejected).
class GeometryKeeper final : public QObject
{
public:
    explicit GeometryKeeper(QWidget *window) : QObject(window) { window->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Hide) {
            auto *w = static_cast<QWidget *>(watched);
            if (!w->objectName().isEmpty() && w->isWindow())
                Settings::setPerDatabase(Settings::Key::WindowGeometries, w->objectName(), w->saveGeometry());
        }
        return false;
    }
};

QScreen *screenOf(const QWidget *window)
{
    if (const QWidget *p = window->parentWidget(); p && p->screen())
        return p->screen();
    return QGuiApplication::primaryScreen();
}
} // namespace

QSize roomOnScreen(const QWidget *window)
{
    const QScreen *screen = screenOf(window);
    if (!screen)
        return QSize(1366, 768) - kFrame;
    return screen->availableGeometry().size() - kFrame;
}

bool fitsOnScreen(const QWidget *window)
{
    const QScreen *screen = screenOf(window);
    if (!screen)
        return true;
    // The title bar above the client area and the frame around it, as a window manager draws them.
    return screen->availableGeometry().contains(window->geometry().adjusted(-4, -30, 4, 4));
}

void placeOnScreen(QWidget *window, QSize preferred)
{
    const QSize room = roomOnScreen(window);
    const QSize size = preferred.boundedTo(room);
    const QScreen *screen = screenOf(window);
    const QRect free = screen ? screen->availableGeometry() : QRect(QPoint(0, 0), room + kFrame);
    // The client area, below the title bar the window manager adds above it.
    window->setGeometry(QRect(free.topLeft() + QPoint(kFrame.width() / 2 + (room.width() - size.width()) / 2,
                                                      kFrame.height() - 20 + (room.height() - size.height()) / 2),
                              size));
}

void fitWindow(QWidget *window, QSize preferred)
{
    const QByteArray saved =
        window->objectName().isEmpty()
            ? QByteArray()
            : Settings::perDatabase(Settings::Key::WindowGeometries, window->objectName()).toByteArray();
    if (saved.isEmpty() || !window->restoreGeometry(saved) || !fitsOnScreen(window))
        placeOnScreen(window, preferred);
    new GeometryKeeper(window);
    auto *closeKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), window);
    closeKey->setContext(Qt::WindowShortcut);
    if (auto *dialog = qobject_cast<QDialog *>(window)) {
        QObject::connect(closeKey, &QShortcut::activated, dialog, &QDialog::reject);
    } else {
        QObject::connect(closeKey, &QShortcut::activated, window, &QWidget::close);
        auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), window);
        escape->setContext(Qt::WindowShortcut);
        QObject::connect(escape, &QShortcut::activated, window, &QWidget::close);
    }
}

QString withoutMnemonic(const QString &label)
{
    static const QRegularExpression accelerator(QStringLiteral("\\s*[(（]&[^)）]+[)）]"));
    QString out = label;
    out.remove(accelerator);
    out.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    out.remove(QLatin1Char('&'));
    out.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    static const QRegularExpression ellipsis(QStringLiteral("(…|\\.\\.\\.)$"));
    out.remove(ellipsis);
    return out;
}

} // namespace gw
