// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — which installed fonts stand for 仿宋, 楷体, 黑体 and 小标宋 on this workstation.
#pragma once

#include "pdf/Typesetter.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace gw {

/// The fonts official documents are typeset in on this workstation (its settings, or the defaults).

class FontSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FontSettingsPage)
public:
    explicit FontSettingsPage(QWidget *parent = nullptr);

private:
    void save();
    void showSample();
    QComboBox *m_fang = nullptr;
    QComboBox *m_kai = nullptr;
    QComboBox *m_hei = nullptr;
    QComboBox *m_song = nullptr;
    QLabel *m_sample = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace gw
