// Translations: every string a person reads is translated into German and French, the
// translation files are current with the sources, and the programs load them for the locale.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include "core/i18n.h"
#include "support/printers.h"

using namespace godwit;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; ///< one, or the numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isEndElement() && name == QLatin1String("message")) {
            messages.append(current);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!current.numerus)
                current.translations = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

/// The mnemonic letters ("&x", not "&&") of a text.
int mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            ++count;
    }
    return count;
}

QString tsPath(const QString &lang)
{
    return QStringLiteral(GODWIT_SOURCE_DIR "/translations/godwit_%1.ts").arg(lang);
}

} // namespace

class Translations : public ::testing::TestWithParam<QString>
{
};

TEST_P(Translations, EveryStringIsTranslatedWithItsPlaceholdersAndMnemonic)
{
    QString error;
    const QList<Message> messages = readTs(tsPath(GetParam()), &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    ASSERT_GT(messages.size(), 100);
    for (const Message &m : messages) {
        const QString where = QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
        EXPECT_FALSE(m.unfinished) << qPrintable(where);
        ASSERT_FALSE(m.translations.isEmpty()) << qPrintable(where);
        for (const QString &t : m.translations) {
            EXPECT_FALSE(t.trimmed().isEmpty()) << qPrintable(where);
            QStringList expected = placeholders(m.source);
            QStringList got = placeholders(t);
            if (m.numerus) {
                // A singular form may spell the number out ("eine Sekunde").
                expected.removeAll(QStringLiteral("%n"));
                got.removeAll(QStringLiteral("%n"));
            }
            EXPECT_EQ(got, expected) << qPrintable(where + QStringLiteral(" → \"") + t + QLatin1Char('"'));
            EXPECT_EQ(mnemonics(t), mnemonics(m.source))
                << qPrintable(where + QStringLiteral(" → \"") + t + QLatin1Char('"'));
        }
    }
}

TEST_P(Translations, TheFilesAreCurrentWithTheSources)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const QString &lang : core::translatedLanguages())
        ASSERT_TRUE(QFile::copy(tsPath(lang), dir.filePath(QStringLiteral("godwit_%1.ts").arg(lang))));
    QProcess update;
    update.setProcessChannelMode(QProcess::MergedChannels);
    update.start(QStringLiteral("bash"),
                 {QStringLiteral(GODWIT_SOURCE_DIR "/scripts/update-translations"), dir.path()});
    ASSERT_TRUE(update.waitForFinished(300000));
    ASSERT_EQ(update.exitCode(), 0) << update.readAll().constData();

    QString error;
    const QList<Message> committed = readTs(tsPath(GetParam()), &error);
    const QList<Message> current = readTs(dir.filePath(QStringLiteral("godwit_%1.ts").arg(GetParam())), &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    QStringList missing;
    QStringList gone;
    QSet<QString> committedKeys;
    for (const Message &m : committed)
        committedKeys.insert(m.context + QLatin1Char('\n') + m.source + QLatin1Char('\n') + m.comment);
    QSet<QString> currentKeys;
    for (const Message &m : current) {
        const QString key = m.context + QLatin1Char('\n') + m.source + QLatin1Char('\n') + m.comment;
        currentKeys.insert(key);
        if (!committedKeys.contains(key))
            missing.append(QStringLiteral("%1: \"%2\"").arg(m.context, m.source));
    }
    for (const QString &key : committedKeys) {
        if (!currentKeys.contains(key))
            gone.append(key.section(QLatin1Char('\n'), 0, 1));
    }
    EXPECT_TRUE(missing.isEmpty()) << "strings not yet in the translation (run scripts/update-translations):\n"
                                   << qPrintable(missing.join(QLatin1Char('\n')));
    EXPECT_TRUE(gone.isEmpty()) << "translations of strings no longer in the sources:\n"
                                << qPrintable(gone.join(QLatin1Char('\n')));
}

TEST_P(Translations, TheProgramsLoadThemForTheLocale)
{
    QString error;
    const QList<Message> messages = readTs(tsPath(GetParam()), &error);
    ASSERT_FALSE(messages.isEmpty());
    const QString lang = core::installTranslations(*QCoreApplication::instance(), QLocale(GetParam()));
    EXPECT_EQ(lang, GetParam());
    int checked = 0;
    for (const Message &m : messages) {
        if (m.numerus || m.translations.value(0) == m.source || !m.comment.isEmpty())
            continue;
        EXPECT_EQ(QCoreApplication::translate(m.context.toUtf8().constData(), m.source.toUtf8().constData()),
                  m.translations.value(0));
        if (++checked == 20)
            break;
    }
    EXPECT_EQ(checked, 20);
    // Back to the source language for the other tests in this process.
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, Translations, ::testing::Values(QStringLiteral("de"), QStringLiteral("fr")),
                         [](const ::testing::TestParamInfo<QString> &param) { return param.param.toStdString(); });
