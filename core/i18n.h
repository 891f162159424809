#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace godwit::core {

/// The languages Godwit is translated into besides English, the source language.
QStringList translatedLanguages();

/// Installs Qt's own translations and Godwit's for `locale` (by default the system's) on the
/// application, so dialogs, buttons and Godwit's texts speak the same language. Returns the
/// language of Godwit's translation that was loaded ("de"), or an empty string for English.
QString installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace godwit::core
