#!/bin/bash
exec bash "$(dirname "$0")/../measure-round.sh" 11 "$@"
