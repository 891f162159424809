#include "core/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace godwit::core {

QStringList translatedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("fr")};
}

QString installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own strings (standard buttons, file dialogs) from the system's Qt translations.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // Godwit's, built into the program (":/i18n/godwit_<lang>.qm").
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("godwit"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return own->language().section(QLatin1Char('_'), 0, 0);
    }
    delete own;
    return {};
}

} // namespace godwit::core
