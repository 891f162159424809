#pragma once

#include <QColor>
#include <QPalette>

#include "ui/consolesettings.h"

namespace godwit::ui {

/// Applies the console's colours to the whole application: the desktop's own style and palette
/// (which follow its light or dark setting), or Fusion with a light or a dark palette.
void applyAppearance(ConsoleSettings::Appearance appearance);

/// The dark palette of the Dark appearance (Fusion), with readable disabled, link and
/// highlight colours.
QPalette darkPalette();

/// A red for error text that reads well on the palette's window colour (dark on light, light on
/// dark).
QColor errorTextColor(const QPalette &palette);

} // namespace godwit::ui
