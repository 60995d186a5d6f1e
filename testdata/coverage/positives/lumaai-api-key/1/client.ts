const lumaaiKey = "luma-2ed4860c-0aea-bcca-863a-5efa93511563-sCgBJsTEkHtqjCtevt4myOcDlQsdjrPm";
