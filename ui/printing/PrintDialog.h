// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the print page of a document (印制): format check, numbered copies with their
// recipients, preview, printing to a printer or to PDF, and the print log.
#pragma once

#include "Result.h"
#include "domain/Draft.h"
#include "domain/Printing.h"
#include "security/Actor.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QPrinter;
class QSpinBox;
class QTableWidget;

namespace gw {

class ErrorBanner;
class Workspace;

class PrintDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintDialog)
public:
    PrintDialog(Workspace &ws, const Principal &actor, qint64 draftId, QWidget *parent = nullptr);

    QTableWidget *copiesTable() const { return m_copies; }
    /// The copies as listed (份号 and recipient).
    QList<PrintCopy> copies() const;
    /// Logs the copies and prints them on `printer` (already set up).
    bool printOn(QPrinter &printer, const QString &device);
    int logRows() const;
    QString errorText() const;
    bool refresh();

private:
    /// Who gets a copy: by unit, or the lines as written (m_byUnit).
    void loadDistribution();
    /// Puts `count` copies from 份号 `first` on the list, with recipients from the distribution list.
    void setCopies(int first, int count);
    /// Logs the copies and writes them, each with its 份号, to a PDF file.
    bool printToPdf(const QString &path);
    /// 印制 done: to the first reader.
    bool sendToFirstReader();
    void preview();
    void printWithDialog();
    void saveAsPdf();
    /// Paints every copy in `list`, one after another, each with its own 份号.
    bool paintCopies(QPrinter &printer, const QList<PrintCopy> &list);
    void showLog();

    Workspace &m_ws;
    Principal m_actor;
    qint64 m_id;
    Draft m_draft;
    QStringList m_distribution;
    QHash<int, QString> m_printedTo; ///< 份号 printed before → its recipient, which a reprint keeps
    QLabel *m_title = nullptr;
    QLabel *m_findings = nullptr;
    ErrorBanner *m_error = nullptr;
    QSpinBox *m_first = nullptr;
    QSpinBox *m_count = nullptr;
    QTableWidget *m_copies = nullptr;
    QCheckBox *m_byUnit = nullptr;
    QTableWidget *m_log = nullptr;
};

} // namespace gw
