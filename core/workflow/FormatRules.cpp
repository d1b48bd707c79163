// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the format check.
#include "workflow/FormatRules.h"

#include <QRegularExpression>

namespace gw {

namespace {

/// 抄送 goes 党、政、军、群: the class of a unit from its name.
int ccClass(const QString &unit)
{
    static const QStringList army{QStringLiteral("人武部"), QStringLiteral("军分区"),
                                  QStringLiteral("武警"),   QStringLiteral("部队"),
                                  QStringLiteral("驻军"),   QStringLiteral("警备区")};
    static const QStringList mass{QStringLiteral("工会"),   QStringLiteral("团区委"),  QStringLiteral("团委"),
                                  QStringLiteral("共青团"), QStringLiteral("妇联"),    QStringLiteral("科协"),
                                  QStringLiteral("工商联"), QStringLiteral("侨联"),    QStringLiteral("残联"),
                                  QStringLiteral("文联"),   QStringLiteral("红十字会")};
    static const QStringList party{
        QStringLiteral("区委"),   QStringLiteral("党委"),   QStringLiteral("党工委"),
        QStringLiteral("纪委"),   QStringLiteral("监委"),   QStringLiteral("组织部"),
        QStringLiteral("宣传部"), QStringLiteral("统战部"), QStringLiteral("政法委"),
        QStringLiteral("市委"),   QStringLiteral("省委")};
    auto has = [&unit](const QStringList &words) {
        for (const QString &w : words) {
            if (unit.contains(w))
                return true;
        }
        return false;
    };
    if (has(army))
        return 2;
    if (has(mass))
        return 3;
    if (has(party) && !unit.contains(QStringLiteral("人大")) && !unit.contains(QStringLiteral("政协")))
        return 0;
    return 1; // 政: governments, their departments, 人大, 政协, courts and procuratorates
}

QString ccClassName(int c)
{
    static const char *const names[] = {"党", "政", "军", "群"};
    return QString::fromUtf8(names[c]);
}

bool needsMainRecipient(Genre g)
{
    switch (g) {
    case Genre::Request:
    case Genre::Reply:
    case Genre::Letter:
    case Genre::Report:
    case Genre::Circular:
    case Genre::Motion:
    case Genre::Opinion:
    case Genre::Bulletin:
        return true;
    default:
        return false;
    }
}

const QString kEndPunctuation = QStringLiteral("，。；：！？、,.;:!?");

} // namespace

QStringList FormatRules::ruleCodes()
{
    return {QStringLiteral("number.form"),       QStringLiteral("request.one_recipient"),
            QStringLiteral("signer.upward"),     QStringLiteral("cc.order"),
            QStringLiteral("cc.final_period"),   QStringLiteral("date.form"),
            QStringLiteral("attachments.note"),  QStringLiteral("secrecy.period"),
            QStringLiteral("title.punctuation"), QStringLiteral("recipients.needed"),
            QStringLiteral("request.closing"),   QStringLiteral("request.contact")};
}

bool FormatRules::applies(const QString &code, const OfficialDocument &doc, QString *why)
{
    auto say = [why](const QString &text) {
        if (why)
            *why = text;
    };
    if (code == QLatin1String("request.one_recipient") || code == QLatin1String("request.closing") ||
        code == QLatin1String("request.contact")) {
        say(tr("applies to a 请示"));
        return doc.genre == Genre::Request;
    }
    if (code == QLatin1String("signer.upward")) {
        say(tr("applies to an upward document (上行文)"));
        return doc.upward;
    }
    if (code == QLatin1String("recipients.needed")) {
        say(tr("applies to genres addressed to someone"));
        return needsMainRecipient(doc.genre);
    }
    if (code == QLatin1String("number.form")) {
        say(tr("applies to a document with a 发文字号"));
        return !doc.docNumber.isEmpty();
    }
    if (code == QLatin1String("cc.order") || code == QLatin1String("cc.final_period")) {
        say(tr("applies to a document with 抄送机关"));
        return !doc.ccRecipients.isEmpty();
    }
    if (code == QLatin1String("attachments.note")) {
        say(tr("applies to a document with attachments"));
        return !doc.attachments.isEmpty();
    }
    if (code == QLatin1String("secrecy.period")) {
        say(tr("applies to a document with a secrecy level"));
        return doc.secrecy != Clearance::None || !doc.secrecyPeriod.isEmpty();
    }
    say(tr("applies to every document"));
    return true;
}

QStringList FormatRules::applicableRules(const OfficialDocument &doc)
{
    QStringList out;
    for (const QString &code : ruleCodes()) {
        if (applies(code, doc))
            out.append(code);
    }
    return out;
}

bool FormatRules::hasClosingRequest(const QString &body)
{
    // The request closes the text: its last paragraph asks for a decision.
    QStringList paragraphs = body.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    while (!paragraphs.isEmpty() && paragraphs.last().trimmed().isEmpty())
        paragraphs.removeLast();
    if (paragraphs.isEmpty())
        return false;
    static const QRegularExpression request(
        QStringLiteral("(妥否|当否|可否|是否可行|以上请示|特此请示).{0,12}(请|望|恳请)|请予?(批示|批复|审批|审定|批准|核准|"
                       "研究|支持|解决)|请示如上|特此请示"));
    return request.match(paragraphs.last()).hasMatch();
}

bool FormatRules::hasContact(const QString &annotation)
{
    static const QRegularExpression person(QStringLiteral("联系人[：:]?\\s*\\S"));
    static const QRegularExpression phone(QStringLiteral("(电话|手机)[：:]?\\s*[0-9][0-9\\-]{5,}"));
    return person.match(annotation).hasMatch() && phone.match(annotation).hasMatch();
}

QString FormatRules::ruleLabel(const QString &code)
{
    if (code == QLatin1String("number.form"))
        return tr("发文字号: 〔〕, no 第, no leading zeros");
    if (code == QLatin1String("request.one_recipient"))
        return tr("请示: one 主送机关");
    if (code == QLatin1String("signer.upward"))
        return tr("签发人 on an upward document");
    if (code == QLatin1String("cc.order"))
        return tr("抄送 in 党、政、军、群 order");
    if (code == QLatin1String("cc.final_period"))
        return tr("抄送 ends with 。");
    if (code == QLatin1String("date.form"))
        return tr("成文日期 in full, no leading zeros");
    if (code == QLatin1String("attachments.note"))
        return tr("附件说明 matches the attachments");
    if (code == QLatin1String("secrecy.period"))
        return tr("Secrecy level and period (密级★保密期限)");
    if (code == QLatin1String("title.punctuation"))
        return tr("Title punctuation");
    if (code == QLatin1String("recipients.needed"))
        return tr("主送机关 where the genre needs one");
    if (code == QLatin1String("request.closing"))
        return tr("请示: closes with its request (妥否，请批示)");
    if (code == QLatin1String("request.contact"))
        return tr("请示: contact person and telephone in the 附注");
    return code;
}

QList<FormatFinding> FormatRules::check(const OfficialDocument &doc)
{
    QList<FormatFinding> out;
    auto add = [&out](const char *rule, const QString &element, const QString &message,
                      const QString &citation) {
        out.append({QString::fromLatin1(rule), element, message, citation});
    };

    // 发文字号: 发文机关代字 + 〔年份〕 + 序号 + 号; the year in full, no 第, no leading zeros.
    if (!doc.docNumber.isEmpty()) {
        const QString n = doc.docNumber;
        const QString cite =
            QStringLiteral("GB/T 9704-2012 7.2.4: 年份、发文顺序号用阿拉伯数字标注；年份应标全称，用六角括号"
               "“〔〕”括入；发文顺序号不加“第”字，不编虚位（即1不编为01），在阿拉伯数字后加“号”字。");
        static const QRegularExpression form(QStringLiteral("^(\\S+?)〔(\\d{4})〕(\\d+)号$"));
        const auto m = form.match(n);
        if (n.contains(QStringLiteral("第")))
            add("number.form", tr("Document number (发文字号)"), tr("“%1” has 第 before the number.").arg(n), cite);
        else if (!m.hasMatch())
            add("number.form", tr("Document number (发文字号)"),
                tr("“%1” is not in the form prefix〔year〕number号 with the year in full inside 〔〕.")
                    .arg(n),
                cite);
        else if (m.captured(3).startsWith(QLatin1Char('0')))
            add("number.form", tr("Document number (发文字号)"), tr("“%1” has leading zeros in its number.").arg(n), cite);
    }
    // 请示: one 主送机关.
    if (doc.genre == Genre::Request && doc.mainRecipients.size() > 1)
        add("request.one_recipient", tr("Main recipients (主送机关)"),
            tr("A 请示 has %1 主送机关; it goes to one, the others can be copied.")
                .arg(doc.mainRecipients.size()),
            // The source's own words, quoted as they are in either language.
            QStringLiteral("党政机关公文处理工作条例 第十五条（四）: 请示应当一文一事……一般只写一个主送机关。"));
    // 签发人 on 上行文.
    if (doc.upward && doc.signers.isEmpty())
        add("signer.upward", tr("Signer (签发人)"), tr("An upward document shows its 签发人, and none is given."),
            QStringLiteral("GB/T 9704-2012 7.2.5: 上行文应当标注签发人姓名。"));
    // 抄送: 党、政、军、群, ending with 。.
    for (int i = 1; i < doc.ccRecipients.size(); ++i) {
        const int before = ccClass(doc.ccRecipients.at(i - 1));
        const int now = ccClass(doc.ccRecipients.at(i));
        if (now < before) {
            add("cc.order", tr("Copied to (抄送机关)"),
                tr("“%1” (%2) comes after “%3” (%4): 抄送 goes 党、政、军、群.")
                    .arg(doc.ccRecipients.at(i), ccClassName(now), doc.ccRecipients.at(i - 1),
                         ccClassName(before)),
                QStringLiteral("抄送机关按党、政、军、群的次序排列。")); // the source's own words
            break;
        }
    }
    for (const QString &cc : doc.ccRecipients) {
        if (!cc.isEmpty() && kEndPunctuation.contains(cc.back())) {
            add("cc.final_period", tr("Copied to (抄送机关)"),
                tr("“%1” ends with punctuation: the line is separated by ，and ends with a single 。.")
                    .arg(cc),
                QStringLiteral("GB/T 9704-2012 7.4.2: "
                   "抄送机关间用逗号隔开，回行时与冒号后的首字对齐，最后一个抄送机关后标句号。"));
            break;
        }
    }
    // 成文日期.
    {
        static const QRegularExpression form(
            QStringLiteral("^\\d{4}年([1-9]|1[0-2])月([1-9]|[12]\\d|3[01])日$"));
        const QString date = doc.dateText();
        const QString cite =
            QStringLiteral("GB/T 9704-2012 7.3.5.1: 成文日期中的数字用阿拉伯数字将年、月、日标全，年份应标全称，"
               "月、日不编虚位（即1不编为01）。");
        if (date.isEmpty())
            add("date.form", tr("Date of writing (成文日期)"), tr("The 成文日期 is missing."), cite);
        else if (!form.match(date).hasMatch())
            add("date.form", tr("Date of writing (成文日期)"),
                tr("“%1” is not written as 2026年1月5日 (Arabic numerals, the year in full, no leading "
                   "zeros).")
                    .arg(date),
                cite);
    }
    // 附件说明 against the attachments.
    {
        const QString cite =
            QStringLiteral("GB/T 9704-2012 7.3.4: 如有附件，在正文下空一行左空二字编排“附件”二字……附件名称后"
               "不加标点符号。附件名称应与附件说明一致。");
        for (const QString &a : doc.attachments) {
            if (!a.isEmpty() && kEndPunctuation.contains(a.back())) {
                add("attachments.note", tr("Attachment note (附件说明)"),
                    tr("The attachment name “%1” ends with punctuation.").arg(a), cite);
                break;
            }
        }
        // A 附件说明 the drafter wrote into the body must name the attachments, in order.
        static const QRegularExpression item(QStringLiteral("^(?:附件[：:])?\\s*(?:\\d+[.．、])?\\s*(.+)$"));
        QStringList written;
        bool inNote = false;
        for (const BodyParagraph &p : doc.paragraphs()) {
            if (p.text.startsWith(QStringLiteral("附件：")) || p.text.startsWith(QStringLiteral("附件:")))
                inNote = true;
            else if (inNote && p.level != 3)
                inNote = false;
            if (inNote)
                written.append(item.match(p.text).captured(1).trimmed());
        }
        // The 附件说明 is printed from the attachments: one written into the text would print twice.
        if (!written.isEmpty() && written != doc.attachments)
            add("attachments.note", tr("Attachment note (附件说明)"),
                tr("The 附件说明 in the text (%1) does not match the attachments (%2).")
                    .arg(written.join(QStringLiteral("；")),
                         doc.attachments.isEmpty() ? tr("none") : doc.attachments.join(QStringLiteral("；"))),
                cite);
        else if (!written.isEmpty())
            add("attachments.note", tr("Attachment note (附件说明)"),
                tr("The text repeats the 附件说明, which is printed from the attachments: remove it from the "
                   "text."),
                cite);
    }
    // 密级★保密期限.
    {
        static const QRegularExpression period(QStringLiteral("^(\\d+年|\\d+个月|长期)$"));
        const QString p = doc.secrecyPeriod.trimmed();
        const QString cite =
            QStringLiteral("GB/T 9704-2012 7.2.2: 如需标注密级和保密期限，一般用3号黑体字，顶格编排在版心左上角"
               "第二行；保密期限中的数字用阿拉伯数字标注。密级和保密期限之间用“★”隔开。");
        if (!p.isEmpty() && doc.secrecy == Clearance::None)
            add("secrecy.period", tr("Secrecy level and period (密级和保密期限)"),
                tr("A 保密期限 (%1) is set on a document with no 密级.").arg(p), cite);
        else if (!p.isEmpty() && !period.match(p).hasMatch())
            add("secrecy.period", tr("Secrecy level and period (密级和保密期限)"),
                tr("“%1” is not a 保密期限 such as 1年, 6个月 or 长期 (it follows the ★ of the mark).")
                    .arg(p),
                cite);
    }
    // 标题: no punctuation except 书名号 around the names of laws and rules (and 、 between items).
    {
        QString outside;
        int depth = 0;
        for (const QChar c : doc.title) {
            if (c == QChar(0x300A))
                ++depth;
            else if (c == QChar(0x300B))
                depth = qMax(0, depth - 1);
            else if (depth == 0)
                outside.append(c);
        }
        static const QRegularExpression marks(QStringLiteral("[，。；：！？,.;:!?“”\"（）()]"));
        const auto m = marks.match(outside);
        if (m.hasMatch())
            add("title.punctuation", tr("Title (标题)"),
                tr("The title has “%1”: a title uses no punctuation except 书名号 around the names of laws "
                   "and "
                   "rules.")
                    .arg(m.captured(0)),
                QStringLiteral("GB/T 9704-2012 7.3.1: 标题……除法规、规章名称加书名号外，一般不用标点符号。"));
    }
    // 请示: the text closes with the request, and the 附注 names whom to call.
    if (doc.genre == Genre::Request && !hasClosingRequest(doc.body))
        add("request.closing", tr("Body (正文)"),
            tr("The 请示 does not close with its request (e.g. 妥否，请批示 or 特此请示，请予审批)."),
            // The source's own words, quoted as they are in either language.
            QStringLiteral("党政机关公文处理工作条例 第十五条（四）: 请示应当一文一事；结束语应当明确提出请求事项，如“妥否，请批示”。"));
    if (doc.genre == Genre::Request && !hasContact(doc.annotation))
        add("request.contact", tr("Annotation (附注)"),
            tr("The 请示 names no contact person and telephone in its 附注."),
            QStringLiteral("GB/T 9704-2012 7.3.7: 如有附注，居左空二字加圆括号编排在成文日期下一行；请示应当在附注处注明联系人"
               "的姓名和电话。"));
    // 主送机关 where the genre addresses someone.
    if (doc.mainRecipients.isEmpty() && needsMainRecipient(doc.genre))
        add("recipients.needed", tr("Main recipients (主送机关)"),
            tr("A %1 is addressed to someone, and no 主送机关 is given.").arg(genreName(doc.genre)),
            QStringLiteral("GB/T 9704-2012 7.3.2: 主送机关……编排于标题下空一行位置，居左顶格。"));
    return out;
}

} // namespace gw
