// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — file dialogs in the program's language.
#include "FileDialogs.h"

#include "RecordTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QTreeView>

namespace gw {

namespace {
/// The file list of the dialog, with the size and the date written the program's way.
class LocalisedFileList final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() > 0) {
            if (const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel())) {
                const QModelIndex source = mapToSource(index);
                switch (index.column()) {
                case 1:
                    return files->isDir(source) ? QString() : fileSizeText(files->size(source));
                case 2: {
                    const QString suffix = files->fileInfo(source).suffix().toUpper();
                    return files->isDir(source) ? QCoreApplication::translate("FileDialogs", "Folder")
                           : suffix.isEmpty()   ? QCoreApplication::translate("FileDialogs", "File")
                                                : QCoreApplication::translate("FileDialogs", "%1 file").arg(suffix);
                }
                case 3: // as every date and time of the program is written
                    return shortDateTime(files->lastModified(source).toMSecsSinceEpoch());
                default:
                    break;
                }
            }
        }
        return QIdentityProxyModel::data(index, role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        // Headings as the program words them (Qt's translation calls the size 体积).
        static const char *const kHeadings[] = {
            QT_TRANSLATE_NOOP("FileDialogs", "Name"),
            QT_TRANSLATE_NOOP("FileDialogs", "Size"),
            QT_TRANSLATE_NOOP("FileDialogs", "Type"),
            QT_TRANSLATE_NOOP("FileDialogs", "Date modified"),
        };
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < 4)
            return QCoreApplication::translate("FileDialogs", kHeadings[section]);
        return QIdentityProxyModel::headerData(section, orientation, role);
    }
};

QStringList run(QWidget *parent, const QString &caption, const QString &where, const QString &filter,
                QFileDialog::FileMode mode, QFileDialog::AcceptMode accept)
{
    QFileDialog dialog(parent, caption, where, filter);
    // Qt's own dialog, the same on every desktop, so that its list can be written in the user's language.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setProxyModel(new LocalisedFileList(&dialog));
    dialog.setFileMode(mode);
    dialog.setAcceptMode(accept);
    // Room for the whole date: a dialog of its own size, the date column as wide as its text.
    dialog.resize(860, 540);
    if (auto *details = dialog.findChild<QTreeView *>(QStringLiteral("treeView")))
        details->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles();
}
} // namespace

QString chooseFileToOpen(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    return run(parent, caption, folder, filter, QFileDialog::ExistingFile, QFileDialog::AcceptOpen).value(0);
}

QStringList chooseFilesToOpen(QWidget *parent, const QString &caption, const QString &folder,
                              const QString &filter)
{
    return run(parent, caption, folder, filter, QFileDialog::ExistingFiles, QFileDialog::AcceptOpen);
}

QString chooseFileToSave(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    return run(parent, caption, suggested, filter, QFileDialog::AnyFile, QFileDialog::AcceptSave).value(0);
}

} // namespace gw
