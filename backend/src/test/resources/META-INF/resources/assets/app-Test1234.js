console.log("test asset")
