// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the typesetting fonts of this workstation.
#include "FontSettingsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gw {

FontSettingsPage::FontSettingsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("fontSettingsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Official documents are typeset in four faces. Debian has no simplified 仿宋; "
                      "choose the office's licensed fonts here once they are installed. The choice "
                      "applies to this workstation."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const QStringList families = OfficialFonts::chineseFamilies();
    const OfficialFonts current = OfficialFonts::chosen();
    auto combo = [&](const QString &value) {
        auto *c = new QComboBox(this);
        c->addItems(families);
        if (!families.contains(value))
            c->addItem(value);
        c->setCurrentText(value);
        connect(c, &QComboBox::currentTextChanged, this, &FontSettingsPage::showSample);
        return c;
    };
    m_fang = combo(current.fangSong);
    m_kai = combo(current.kaiTi);
    m_hei = combo(current.heiTi);
    m_song = combo(current.xiaoBiaoSong);
    form->addRow(tr("仿宋 (body, 文号, 抄送):"), m_fang);
    form->addRow(tr("楷体 (second-level headings, 签发人):"), m_kai);
    form->addRow(tr("黑体 (密级, 紧急程度, first-level headings):"), m_hei);
    form->addRow(tr("小标宋 (标志 and title):"), m_song);
    layout->addLayout(form);
    m_sample = new QLabel(this);
    m_sample->setObjectName(QStringLiteral("fontSample"));
    m_sample->setTextFormat(Qt::RichText);
    m_sample->setWordWrap(true);
    layout->addWidget(m_sample);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    auto *save = new QPushButton(tr("&Save"), this);
    auto *reset = new QPushButton(tr("&Defaults"), this);
    buttons->addWidget(save);
    buttons->addWidget(reset);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(save, &QPushButton::clicked, this, &FontSettingsPage::save);
    connect(reset, &QPushButton::clicked, this, [this] {
        const OfficialFonts d = OfficialFonts::defaults();
        m_fang->setCurrentText(d.fangSong);
        m_kai->setCurrentText(d.kaiTi);
        m_hei->setCurrentText(d.heiTi);
        m_song->setCurrentText(d.xiaoBiaoSong);
    });
    showSample();
}

void FontSettingsPage::showSample()
{
    auto span = [](const QString &family, int pt, const QString &text, const QString &colour = {}) {
        return QStringLiteral("<span style=\"font-family:'%1'; font-size:%2pt;%4\">%3</span>")
            .arg(family.toHtmlEscaped())
            .arg(pt)
            .arg(text, colour.isEmpty() ? QString() : QStringLiteral(" color:%1;").arg(colour));
    };
    m_sample->setText(
        span(m_song->currentText(), 26, QStringLiteral("云溪区人民政府文件"), QStringLiteral("#E60012")) +
        QStringLiteral("<br>") + span(m_hei->currentText(), 14, QStringLiteral("一、总体要求 ")) +
        span(m_kai->currentText(), 14, QStringLiteral("（一）工作目标 ")) + QStringLiteral("<br>") +
        span(m_fang->currentText(), 14,
             QStringLiteral("各镇人民政府，区政府各部门：为切实做好安全生产工作，现通知如下。")));
}

void FontSettingsPage::save()
{
    OfficialFonts f;
    f.fangSong = m_fang->currentText();
    f.kaiTi = m_kai->currentText();
    f.heiTi = m_hei->currentText();
    f.xiaoBiaoSong = m_song->currentText();
    f.choose();
    const QStringList missing = f.missing();
    m_status->setText(
        missing.isEmpty()
            ? tr("Saved.")
            : tr("Saved. Not installed on this workstation: %1.").arg(missing.join(QStringLiteral("、"))));
}

} // namespace gw
