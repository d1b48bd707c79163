// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the dialogs of 评比与通报: the scoring scheme, a serial of the register, and
// composing a bulletin.
#pragma once

#include "domain/Rating.h"
#include "domain/Serial.h"
#include "domain/Statistics.h"
#include "security/Actor.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace gw {

class ErrorBanner;
class Workspace;

/// The weights of the scheme, started from a stored version; saved as a new version.
class RatingSchemeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingSchemeDialog)
public:
    RatingSchemeDialog(Workspace &ws, const Principal &actor, const RatingScheme &from, QWidget *parent = nullptr);
    /// The weights as entered.
    RatingScheme scheme() const;
    /// The version stored by the dialog (number 0 until saved).
    const RatingScheme &saved() const { return m_saved; }

private:
    void save();
    void showFormula();

    Workspace &m_ws;
    Principal m_actor;
    RatingScheme m_from;
    RatingScheme m_saved;
    QList<QPair<QDoubleSpinBox *, double RatingScheme::*>> m_weights;
    QSpinBox *m_volumeFull = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_formula = nullptr;
    ErrorBanner *m_error = nullptr;
};

/// A serial of the register, new or changed.
class SerialDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SerialDialog)
public:
    SerialDialog(Workspace &ws, const Principal &actor, const Serial &serial, QWidget *parent = nullptr);
    const Serial &saved() const { return m_serial; }

private:
    void save();

    Workspace &m_ws;
    Principal m_actor;
    Serial m_serial;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_issuer = nullptr;
    QRadioButton *m_yearly = nullptr;
    QCheckBox *m_active = nullptr;
    ErrorBanner *m_error = nullptr;
};

/// Composes a bulletin of a period: the serial, the issuing section, how comments are quoted, the
/// ranking; the text is previewed before it is drafted.
class ComposeBulletinDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposeBulletinDialog)
public:
    ComposeBulletinDialog(Workspace &ws, const Principal &actor, qint64 serialId, const StatsPeriod &period,
                          QWidget *parent = nullptr);
    /// The draft made (id 0 until then).
    qint64 draftId() const { return m_draftId; }
    /// What was drafted and where it waits, to tell the user once the dialog is closed.
    const QString &message() const { return m_message; }
    QPlainTextEdit *preview() const { return m_preview; }
    void compose();

private:
    void showPreview();

    Workspace &m_ws;
    Principal m_actor;
    StatsPeriod m_period;
    qint64 m_draftId = 0;
    QString m_message;
    QComboBox *m_serial = nullptr;
    QComboBox *m_unit = nullptr;
    QRadioButton *m_attributed = nullptr;
    QCheckBox *m_ranking = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace gw
