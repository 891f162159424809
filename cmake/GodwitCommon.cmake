# One INTERFACE target carries the language standard, warnings, Qt hygiene defines and sanitizers.
# Every target links it; nothing touches the global CMAKE_CXX_FLAGS.
add_library(godwit_common INTERFACE)
add_library(Godwit::Common ALIAS godwit_common)

target_compile_features(godwit_common INTERFACE cxx_std_20)

target_compile_definitions(godwit_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CAST_FROM_BYTEARRAY
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)

target_compile_options(godwit_common INTERFACE
  -Wall -Wextra -Wpedantic -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
  -Werror=switch -Wcast-qual -Wshadow=local)

if(GODWIT_WERROR)
  target_compile_options(godwit_common INTERFACE -Werror)
endif()

if(GODWIT_SANITIZE)
  target_compile_options(godwit_common INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(godwit_common INTERFACE -fsanitize=address,undefined)
endif()

# godwit_add_layer(NAME QT_MODULES m... DEPENDS lib... SOURCES ...)
# A layer is a static library that links only the Qt modules its layer may use, so an include
# from a forbidden module fails to compile.
function(godwit_add_layer name)
  cmake_parse_arguments(ARG "" "" "QT_MODULES;DEPENDS;SOURCES" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_link_libraries(${name} PUBLIC godwit_common ${ARG_DEPENDS})
  foreach(module IN LISTS ARG_QT_MODULES)
    target_link_libraries(${name} PUBLIC Qt6::${module})
  endforeach()
  target_include_directories(${name} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/..")
endfunction()
