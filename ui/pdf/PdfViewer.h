// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the PDF view with its tool bar (zoom, page, search) and page thumbnails.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QComboBox;

namespace gw {

class PdfView;
class PdfPageRenderer;

class PdfViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfViewer)
public:
    explicit PdfViewer(QWidget *parent = nullptr);
    ~PdfViewer() override;

    void open(const QByteArray &pdf, const QString &password = {});
    PdfView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

private:
    void updateHits(int count, int current);

    PdfView *m_view = nullptr;
    PdfPageRenderer *m_thumbs = nullptr;
    quint64 m_thumbGeneration = 0;
    QListWidget *m_thumbList = nullptr;
    QSpinBox *m_page = nullptr;
    QLabel *m_pages = nullptr;
    QComboBox *m_zoom = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_hits = nullptr;
};

} // namespace gw
