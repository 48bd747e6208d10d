"""Entry point of the embedded LLM server process (``python -m rathaus.llm_server ...``).

It is llama-cpp-python's OpenAI-compatible server with one change: llama.cpp's extra CPU
buffer types (weight repacking, e.g. for Intel AMX) are switched off. On a machine with AMX
(measured: a Xeon with amx_int8/amx_bf16) the source build of llama-cpp-python 0.3.36 repacks
SmolLM2's q4_1 weights into AMX buffers and the process dies on the first completion without
a word in its log; with plain CPU buffers it answers. Repacking only changes speed, not output.
"""

from __future__ import annotations


def _without_extra_buffer_types() -> None:
    import llama_cpp.llama_cpp as bindings

    default_params = bindings.llama_model_default_params

    def params() -> bindings.llama_model_params:
        chosen: bindings.llama_model_params = default_params()
        chosen.use_extra_bufts = False
        return chosen

    bindings.llama_model_default_params = params


def main() -> None:
    _without_extra_buffer_types()
    from llama_cpp.server.__main__ import main as serve

    serve()  # type: ignore[no-untyped-call]


if __name__ == "__main__":
    main()
